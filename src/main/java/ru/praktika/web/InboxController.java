package ru.praktika.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import ru.praktika.platform.security.CurrentUsers;

/** The one page per person that lists everything waiting for them. */
@Controller
class InboxController {

    private final Inbox inbox;

    InboxController(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/inbox")
    @PreAuthorize("isAuthenticated()")
    String inbox(Model model) {
        model.addAttribute("groups", inbox.groups(CurrentUsers.get()));
        return "inbox";
    }

    /** The navigation's badge, asked by htmx after the page has loaded (empty when nothing waits). */
    @GetMapping("/inbox/count")
    @PreAuthorize("isAuthenticated()")
    String count(Model model) {
        model.addAttribute("waiting", inbox.count());
        return "inbox-count :: count";
    }
}
