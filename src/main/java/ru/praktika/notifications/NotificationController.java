package ru.praktika.notifications;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.praktika.accounts.AppUserRepository;
import ru.praktika.platform.ForbiddenException;
import ru.praktika.platform.NotFoundException;
import ru.praktika.platform.security.CurrentUser;
import ru.praktika.platform.security.CurrentUsers;

/** Each user's own notices and calendar feed. */
@Controller
@RequestMapping("/notifications")
class NotificationController {

    private final NotificationRepository notifications;
    private final CalendarTokens tokens;
    private final CalendarFeed feed;
    private final AppUserRepository users;
    private final Clock clock;
    private final String baseUrl;

    NotificationController(NotificationRepository notifications, CalendarTokens tokens, CalendarFeed feed,
                           AppUserRepository users, Clock clock,
                           @Value("${praktika.base-url:http://localhost:8080}") String baseUrl) {
        this.notifications = notifications;
        this.tokens = tokens;
        this.feed = feed;
        this.users = users;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    @GetMapping
    String list(Model model) {
        CurrentUser me = CurrentUsers.get();
        model.addAttribute("notifications", notifications.findByUserIdOrderByCreatedAtDesc(me.id(), PageRequest.of(0, 100)));
        model.addAttribute("zone", clock.getZone());
        return "notifications/list";
    }

    @PostMapping("/{id}/read")
    @Transactional
    String read(@PathVariable Long id) {
        Notification n = notifications.findById(id).orElseThrow(() -> new NotFoundException("notification", id));
        if (!n.getUserId().equals(CurrentUsers.get().id())) {
            throw new ForbiddenException("notification " + id + " belongs to another user");
        }
        n.markRead(clock.instant());
        return n.getLink() != null ? "redirect:" + n.getLink() : "redirect:/notifications";
    }

    @PostMapping("/read-all")
    @Transactional
    String readAll(RedirectAttributes redirect) {
        notifications.findByUserIdAndReadAtIsNull(CurrentUsers.get().id()).forEach(n -> n.markRead(clock.instant()));
        redirect.addFlashAttribute("flashSuccess", "notifications.allRead");
        return "redirect:/notifications";
    }

    @GetMapping("/widget")
    String widget(Model model) {
        model.addAttribute("unread", notifications.countByUserIdAndReadAtIsNull(CurrentUsers.get().id()));
        return "notifications/widget";
    }

    @GetMapping("/calendar")
    String calendar(Model model) {
        model.addAttribute("feedUrl", baseUrl + "/notifications/calendar/" + tokens.tokenFor(CurrentUsers.get().id()) + ".ics");
        return "notifications/calendar";
    }

    @PostMapping("/calendar/token")
    String newToken(RedirectAttributes redirect) {
        tokens.regenerate(CurrentUsers.get().id());
        redirect.addFlashAttribute("flashSuccess", "notifications.calendar.renewed");
        return "redirect:/notifications/calendar";
    }

    /** Open to calendar programs: the secret token is the credential; an unknown one is refused. */
    @GetMapping("/calendar/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        return tokens.userFor(token).flatMap(users::findById).filter(u -> u.isEnabled())
                .map(u -> ResponseEntity.ok()
                        .contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
                        .body(feed.render(u)))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.FORBIDDEN).build());
    }
}
