package ru.praktika.adoption.implementation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.adoption.ImplementationApplied;
import ru.praktika.adoption.PracticeImplemented;
import ru.praktika.adoption.catalogue.CataloguePractice;
import ru.praktika.adoption.catalogue.CataloguePracticeRepository;
import ru.praktika.platform.DomainException;
import ru.praktika.platform.NotFoundException;
import ru.praktika.platform.security.AccessGuard;
import ru.praktika.platform.security.CurrentUser;
import ru.praktika.platform.security.CurrentUsers;

/** Implementations of other regions' practices by bodies: application, statuses, results (cl. 5.2, 7.2). */
@Service
@Transactional
public class Implementations {

    private final ImplementationRepository implementations;
    private final StatusChangeRepository changes;
    private final ResultIndicatorRepository indicators;
    private final CataloguePracticeRepository practices;
    private final Statuses statuses;
    private final AccessGuard guard;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Implementations(ImplementationRepository implementations, StatusChangeRepository changes,
                    ResultIndicatorRepository indicators, CataloguePracticeRepository practices, Statuses statuses,
                    AccessGuard guard, ApplicationEventPublisher events, Clock clock) {
        this.implementations = implementations;
        this.changes = changes;
        this.indicators = indicators;
        this.practices = practices;
        this.statuses = statuses;
        this.guard = guard;
        this.events = events;
        this.clock = clock;
    }

    /** The body's implementation of a practice, opened in "изучение" if there is none yet. */
    public Implementation open(Long practiceId, Long bodyId) {
        Optional<Implementation> existing = implementations.findByPracticeIdAndBodyId(practiceId, bodyId);
        if (existing.isPresent()) {
            return existing.get();
        }
        Implementation created = implementations.save(new Implementation(practiceId, bodyId));
        log(created, null, null);
        return created;
    }

    @Transactional(readOnly = true)
    Implementation view(Long id) {
        Implementation i = find(id);
        guard.requireView(i.getBodyId());
        return i;
    }

    @Transactional(readOnly = true)
    public Optional<Implementation> ofPractice(Long practiceId, Long bodyId) {
        return bodyId == null ? Optional.empty() : implementations.findByPracticeIdAndBodyId(practiceId, bodyId);
    }

    @Transactional(readOnly = true)
    public List<Implementation> visible() {
        CurrentUser me = CurrentUsers.get();
        if (me.seesAllBodies()) {
            return implementations.findAllByOrderByIdDesc();
        }
        return me.bodyId() == null ? List.of() : implementations.findByBodyIdOrderByIdDesc(me.bodyId());
    }

    @Transactional(readOnly = true)
    public List<StatusChange> history(Long id) {
        return changes.findByImplementationIdOrderByChangedAtAscIdAsc(id);
    }

    @Transactional(readOnly = true)
    List<ResultIndicator> indicators(Long id) {
        return indicators.findByImplementationIdOrderById(id);
    }

    /** Cl. 5.2: the application filed on Smarteka; announces {@link ImplementationApplied}. */
    public Implementation apply(Long id, long version, LocalDate on, String reference, String contact) {
        Implementation i = editable(id, version);
        if (on.isAfter(LocalDate.now(clock))) {
            throw new DomainException("adoption.application.inFuture");
        }
        String from = i.apply(on, reference, contact, statuses);
        log(i, from, null);
        events.publishEvent(new ImplementationApplied(i.getId(), i.getBodyId(), title(i), on));
        return i;
    }

    /** A move by hand (start, suspend, resume, cancel, implemented) with its reason. */
    public Implementation move(Long id, long version, String to, String reason) {
        Implementation i = editable(id, version);
        String from;
        if (ImplementationStatus.IMPLEMENTED.equals(to)) {
            LocalDate today = LocalDate.now(clock);
            from = i.implemented(today, statuses);
            events.publishEvent(new PracticeImplemented(i.getId(), i.getBodyId(), title(i), today));
        } else if (statuses.manualTargets(i.getStatus()).contains(to)) {
            from = i.moveTo(to, reason, statuses);
        } else {
            throw new DomainException("adoption.status.notAllowed");
        }
        log(i, from, reason);
        return i;
    }

    /** Moves made by the roadmap's own workflow (drafted, approved). */
    public void workflowMove(Implementation i, String to) {
        if (i.getStatus().equals(to)) {
            return;
        }
        String from = i.moveTo(to, null, statuses);
        log(i, from, null);
    }

    public Implementation record(Long id, long version, String planned, String achieved, String fullName, String position,
                          String phone, String email) {
        Implementation i = editable(id, version);
        i.record(planned, achieved, fullName, position, phone, email);
        return i;
    }

    public ResultIndicator addIndicator(Long id, String name, String unit, BigDecimal planned, LocalDate plannedDate,
                                 BigDecimal achieved, LocalDate achievedDate) {
        Implementation i = find(id);
        guard.requireEdit(i.getBodyId());
        return indicators.save(new ResultIndicator(id, name, unit, planned, plannedDate, achieved, achievedDate));
    }

    void removeIndicator(Long id, Long indicatorId) {
        Implementation i = find(id);
        guard.requireEdit(i.getBodyId());
        ResultIndicator indicator = indicators.findById(indicatorId)
                .filter(r -> r.getImplementationId().equals(id))
                .orElseThrow(() -> new NotFoundException("indicator", indicatorId));
        indicators.delete(indicator);
    }

    public Implementation find(Long id) {
        return implementations.findById(id).orElseThrow(() -> new NotFoundException("implementation", id));
    }

    Implementation editable(Long id, long version) {
        Implementation i = find(id);
        guard.requireEdit(i.getBodyId());
        if (i.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Implementation.class, id);
        }
        return i;
    }

    public String title(Implementation i) {
        return practices.findById(i.getPracticeId()).map(CataloguePractice::getTitle).orElse("");
    }

    /** The practice titles of several implementations in one query, by implementation id. */
    public Map<Long, String> titles(Collection<Implementation> list) {
        Map<Long, String> byPractice = new HashMap<>();
        practices.findAllById(list.stream().map(Implementation::getPracticeId).distinct().toList())
                .forEach(p -> byPractice.put(p.getId(), p.getTitle()));
        Map<Long, String> byImplementation = new HashMap<>();
        list.forEach(i -> byImplementation.put(i.getId(), byPractice.getOrDefault(i.getPracticeId(), "")));
        return byImplementation;
    }

    private void log(Implementation i, String from, String reason) {
        CurrentUser me = CurrentUsers.find().orElse(null);
        changes.save(new StatusChange(i.getId(), from, i.getStatus(), clock.instant(),
                me == null ? "—" : me.fullName(), reason == null || reason.isBlank() ? null : reason.strip()));
    }
}
