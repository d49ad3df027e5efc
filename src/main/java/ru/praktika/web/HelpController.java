package ru.praktika.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** In-app help in Russian: how each role works here, where things wait, how to fill the import file. */
@Controller
class HelpController {

    @GetMapping("/help")
    @PreAuthorize("isAuthenticated()")
    String help() {
        return "help";
    }
}
