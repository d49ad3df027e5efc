package ru.praktika.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import ru.praktika.accounts.CurrentUser;
import ru.praktika.accounts.CurrentUsers;

/** Puts the acting user into every page model as {@code me}. */
@ControllerAdvice
class CurrentUserAdvice {

    @ModelAttribute("me")
    CurrentUser me() {
        return CurrentUsers.find().orElse(null);
    }
}
