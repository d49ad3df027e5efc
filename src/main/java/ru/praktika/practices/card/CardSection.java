package ru.praktika.practices.card;

import java.time.LocalDate;
import org.springframework.ui.Model;
import ru.praktika.platform.security.CurrentUser;

/**
 * A step's part of the practice card page (criteria, the placement application and replication): each step
 * puts what its block of {@code practices/card.html} reads into the model, the card itself knows none of them.
 */
public interface CardSection {

    void addTo(Model model, Practice practice, CurrentUser user, LocalDate today);
}
