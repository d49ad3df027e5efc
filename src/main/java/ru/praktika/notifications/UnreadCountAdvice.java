package ru.praktika.notifications;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.thymeleaf.context.LazyContextVariable;
import ru.praktika.platform.security.CurrentUsers;

/**
 * The unread count beside the navigation's bell, on every page. Lazy: counted only when a template shows it,
 * so a download, a redirect or a fragment without the layout sends no statement for it.
 */
@ControllerAdvice(annotations = Controller.class)
class UnreadCountAdvice {

    private final NotificationRepository notifications;

    UnreadCountAdvice(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    @ModelAttribute("unreadNotifications")
    LazyContextVariable<Long> unread() {
        var user = CurrentUsers.find();
        return new LazyContextVariable<>() {
            @Override
            protected Long loadValue() {
                return user.map(u -> notifications.countByUserIdAndReadAtIsNull(u.id())).orElse(null);
            }
        };
    }
}
