package ru.praktika.platform;

import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Module events whose listener did not finish (the process was killed, the listener failed) are handed to
 * their listeners again: on start by Spring Modulith ({@code republish-outstanding-events-on-restart}) and
 * here, periodically, on one instance at a time, for those older than {@code praktika.events.republish-after}
 * (younger ones may still be running on another instance). Listeners are idempotent (dispatch keys).
 */
@Component
public class EventRepublication {

    private final IncompleteEventPublications incomplete;
    private final Duration minAge;

    EventRepublication(IncompleteEventPublications incomplete,
                       @Value("${praktika.events.republish-after:PT5M}") Duration minAge) {
        this.incomplete = incomplete;
        this.minAge = minAge;
    }

    @Scheduled(fixedDelayString = "${praktika.events.republish-every:PT5M}",
            initialDelayString = "${praktika.events.republish-every:PT5M}")
    @SchedulerLock(name = "praktika-event-republication", lockAtMostFor = "PT10M")
    public void run() {
        // By the publication date (the age option of this Modulith version is ignored by the JPA registry);
        // the registry stamps publications with the system time, not the application's (shiftable) clock.
        Instant before = Instant.now().minus(minAge);
        incomplete.resubmitIncompletePublications(p -> !p.getPublicationDate().isAfter(before));
    }
}
