package ru.praktika.notifications;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import ru.praktika.platform.security.CurrentUsers;

/** The unread count beside the navigation's bell, on every page. */
@ControllerAdvice(annotations = Controller.class)
class UnreadCountAdvice {

    private final NotificationRepository notifications;

    UnreadCountAdvice(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    @ModelAttribute("unreadNotifications")
    Long unread() {
        return CurrentUsers.find().map(u -> notifications.countByUserIdAndReadAtIsNull(u.id())).orElse(null);
    }
}
