package ru.praktika.practices.placement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.directory.Region;
import ru.praktika.platform.DomainException;
import ru.praktika.platform.security.CurrentUsers;
import ru.praktika.practices.PlacementReturned;
import ru.praktika.practices.PlacementSubmitted;
import ru.praktika.practices.PracticePublished;
import ru.praktika.practices.card.Practice;
import ru.praktika.practices.card.PracticeAccess;
import ru.praktika.practices.card.PracticeCards;
import ru.praktika.practices.card.PracticeRepository;
import ru.praktika.practices.card.PracticesProperties;
import ru.praktika.practices.criteria.EligibilityCheck;
import ru.praktika.practices.criteria.PlacementEligibility;

/**
 * The placement application (cl. 4.2): its moves, each recorded as a step, and the events other modules
 * hear of (submitted, returned, published).
 */
@Service
@Transactional
class Placements {

    private final PracticeCards cards;
    private final PracticeRepository practices;
    private final PlacementStepRepository steps;
    private final PlacementStatuses statuses;
    private final PracticeAccess access;
    private final EligibilityCheck eligibility;
    private final SmartekaLink smartekaLink;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;

    Placements(PracticeCards cards, PracticeRepository practices, PlacementStepRepository steps,
               PlacementStatuses statuses, PracticeAccess access, EligibilityCheck eligibility,
               PracticesProperties properties, ApplicationEventPublisher events, MessageSource messages, Clock clock) {
        this.cards = cards;
        this.practices = practices;
        this.steps = steps;
        this.statuses = statuses;
        this.access = access;
        this.eligibility = eligibility;
        this.smartekaLink = new SmartekaLink(properties.smartekaHosts());
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<PlacementStep> timeline(Long practiceId) {
        return steps.findByPracticeIdOrderByAtAscIdAsc(practiceId);
    }

    /** Moves the application; says in Russian what is missing or wrong before the aggregate would refuse. */
    PlacementStep move(Long id, String target, String comment, LocalDate date, String applicationNumber, String url) {
        Practice p = cards.get(id);
        if (target == null || !PlacementWorkflow.ALL.contains(target)) {
            throw new DomainException("practices.status.unknown");
        }
        access.requireMove(p, target);
        Map<String, String> names = statuses.names();
        if (!PlacementWorkflow.allows(p.getStatus(), target)) {
            throw new DomainException("practices.status.illegal", names.get(p.getStatus()), names.get(target));
        }
        LocalDate today = LocalDate.now(clock);
        if ((target.equals(PlacementWorkflow.CRITERIA_CHECK) || target.equals(PlacementWorkflow.READY))
                && !p.missingSections().isEmpty()) {
            throw new DomainException("practices.status.incomplete", sectionNames(p.missingSections()));
        }
        PlacementEligibility.Verdict verdict = eligibility.verdict(p, today);
        if (target.equals(PlacementWorkflow.READY) && !verdict.eligible()) {
            String key = verdict.rule() == Region.PlacementRule.ALL ? "practices.status.notEligibleAll" : "practices.status.notEligibleAny";
            throw new DomainException(verdict.missing().size() == 1 ? key + ".one" : key, verdict.missingLetters());
        }
        if (target.equals(PlacementWorkflow.SUBMITTED) && date != null) {
            requireNotBeforeReady(id, date);
        }
        String checkedUrl = target.equals(PlacementWorkflow.PUBLISHED) ? smartekaLink.check(url) : null;
        PlacementStep step = p.moveTo(new StatusChange(target, comment, date, applicationNumber, checkedUrl),
                verdict.eligible(), CurrentUsers.get(), clock.instant(), today);
        practices.saveAndFlush(p);
        steps.save(step);
        announce(p, target, step);
        return step;
    }

    /** An application cannot have gone to Smarteka before the card was ready to be submitted. */
    private void requireNotBeforeReady(Long practiceId, LocalDate submitted) {
        List<PlacementStep> history = steps.findByPracticeIdOrderByAtAscIdAsc(practiceId);
        for (int i = history.size() - 1; i >= 0; i--) {
            PlacementStep step = history.get(i);
            if (PlacementWorkflow.READY.equals(step.getToStatus())) {
                if (submitted.isBefore(step.getEffectiveOn())) {
                    throw new DomainException("practices.status.beforeReady",
                            java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy").format(step.getEffectiveOn()));
                }
                return;
            }
        }
    }

    private void announce(Practice p, String target, PlacementStep step) {
        switch (target) {
            case PlacementWorkflow.READY -> events.publishEvent(new ru.praktika.practices.PlacementReady(p.getId(),
                    p.getBodyId(), p.getTitle()));
            case PlacementWorkflow.SUBMITTED -> events.publishEvent(new PlacementSubmitted(p.getId(), p.getBodyId(),
                    p.getTitle(), p.getSubmittedOn(), p.getSmartekaNumber()));
            case PlacementWorkflow.RETURNED -> events.publishEvent(new PlacementReturned(p.getId(), p.getBodyId(),
                    p.getTitle(), step.getComment()));
            case PlacementWorkflow.PUBLISHED -> events.publishEvent(new PracticePublished(p.getId(), p.getBodyId(),
                    p.getTitle(), p.getPublishedOn(), p.getSmartekaUrl()));
            default -> {
                // no event: the other moves stay inside the body
            }
        }
    }

    private String sectionNames(List<String> codes) {
        return codes.stream().map(c -> messages.getMessage("practices.section." + c, null, c, LocaleContextHolder.getLocale()))
                .collect(Collectors.joining(", "));
    }
}
