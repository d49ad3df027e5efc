package ru.praktika.adoption.roadmap;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.adoption.RoadmapApproved;
import ru.praktika.adoption.catalogue.CataloguePractice;
import ru.praktika.adoption.catalogue.CataloguePracticeRepository;
import ru.praktika.adoption.implementation.Implementation;
import ru.praktika.adoption.implementation.ImplementationStatus;
import ru.praktika.adoption.implementation.Implementations;
import ru.praktika.adoption.implementation.Statuses;
import ru.praktika.directory.Directory;
import ru.praktika.directory.Municipality;
import ru.praktika.directory.ResponsibleBody;
import ru.praktika.platform.DomainException;
import ru.praktika.platform.NotFoundException;
import ru.praktika.platform.security.AccessGuard;
import ru.praktika.platform.security.CurrentUser;
import ru.praktika.platform.security.CurrentUsers;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Roadmaps (cl. 5.3): drafted (from the practice's algorithm or by hand), approved by the head of the body,
 * then versioned: every change after approval writes a new version with the activities as they stand.
 */
@Service
@Transactional
public class Roadmaps {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RoadmapRepository roadmaps;
    private final RoadmapVersionRepository versions;
    private final Implementations implementations;
    private final CataloguePracticeRepository practices;
    private final Directory directory;
    private final Statuses statuses;
    private final AccessGuard guard;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Roadmaps(RoadmapRepository roadmaps, RoadmapVersionRepository versions, Implementations implementations,
             CataloguePracticeRepository practices, Directory directory, Statuses statuses, AccessGuard guard,
             ApplicationEventPublisher events, Clock clock) {
        this.roadmaps = roadmaps;
        this.versions = versions;
        this.implementations = implementations;
        this.practices = practices;
        this.directory = directory;
        this.statuses = statuses;
        this.guard = guard;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public java.util.Optional<Roadmap> ofImplementation(Long implementationId) {
        return roadmaps.findByImplementationId(implementationId);
    }

    @Transactional(readOnly = true)
    public Roadmap view(Long id) {
        Roadmap r = find(id);
        guard.requireView(implementations.find(r.getImplementationId()).getBodyId());
        r.getActivities().size();
        return r;
    }

    /** A new roadmap, from the practice's algorithm steps with deadlines counted from {@code start} if asked. */
    public Roadmap create(Long implementationId, LocalDate start, boolean fromTemplate) {
        Implementation i = implementations.find(implementationId);
        guard.requireEdit(i.getBodyId());
        if (roadmaps.findByImplementationId(implementationId).isPresent()) {
            throw new DomainException("adoption.roadmap.exists");
        }
        if (!ImplementationStatus.APPLIED.equals(i.getStatus())) {
            throw new DomainException("adoption.roadmap.needsApplication");
        }
        Roadmap roadmap = new Roadmap(implementationId, start);
        if (fromTemplate) {
            CataloguePractice practice = practices.findById(i.getPracticeId()).orElseThrow();
            RoadmapTemplate.fromSteps(practice.algorithmSteps(), start, i.getBodyId()).forEach(roadmap::add);
        }
        roadmap = roadmaps.save(roadmap);
        implementations.workflowMove(i, ImplementationStatus.ROADMAP_DRAFT);
        if (!roadmap.getActivities().isEmpty()) {
            events.publishEvent(new ru.praktika.adoption.RoadmapAwaitingApproval(roadmap.getId(), i.getId(), i.getBodyId(),
                    implementations.title(i)));
        }
        return roadmap;
    }

    RoadmapActivity addActivity(Long roadmapId, long version, ActivityPlan plan) {
        Roadmap r = editable(roadmapId, version);
        RoadmapActivity a = r.add(checked(plan));
        roadmaps.saveAndFlush(r);
        changed(r, "adoption.version.note.added", a.getNumber());
        if (!r.isApproved() && r.getActivities().size() == 1) {
            Implementation i = implementations.find(r.getImplementationId());
            events.publishEvent(new ru.praktika.adoption.RoadmapAwaitingApproval(r.getId(), i.getId(), i.getBodyId(),
                    implementations.title(i)));
        }
        return a;
    }

    public void changeActivity(Long roadmapId, Long activityId, long activityVersion, ActivityPlan plan, ActivityProgress progress) {
        Roadmap r = editable(roadmapId, null);
        RoadmapActivity a = r.activity(activityId);
        if (a.getVersion() != activityVersion) {
            throw new ObjectOptimisticLockingFailureException(RoadmapActivity.class, activityId);
        }
        r.change(activityId, checked(plan));
        if (progress != null && !a.sameProgress(progress)) {
            a.progress(progress, LocalDate.now(clock));
        }
        roadmaps.saveAndFlush(r);
        changed(r, "adoption.version.note.changed", a.getNumber());
    }

    void removeActivity(Long roadmapId, Long activityId) {
        Roadmap r = editable(roadmapId, null);
        String number = r.activity(activityId).getNumber();
        r.remove(activityId);
        roadmaps.saveAndFlush(r);
        changed(r, "adoption.version.note.removed", number);
    }

    /** The head of the body approves by an order; version 1 is written and {@link RoadmapApproved} announced. */
    public Roadmap approve(Long roadmapId, long version, String orderNumber, LocalDate orderDate, String fileName, byte[] file) {
        Roadmap r = find(roadmapId);
        Implementation i = implementations.find(r.getImplementationId());
        guard.requireHeadOf(i.getBodyId());
        if (r.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Roadmap.class, roadmapId);
        }
        if (orderDate != null && orderDate.isAfter(LocalDate.now(clock))) {
            throw new DomainException("adoption.roadmap.orderInFuture");
        }
        CurrentUser me = CurrentUsers.get();
        r.approve(me.fullName(), clock.instant(), orderNumber, orderDate, fileName, file);
        roadmaps.saveAndFlush(r);
        writeVersion(r, 1, "adoption.version.note.approved|" + r.getOrderNumber());
        implementations.workflowMove(i, ImplementationStatus.ROADMAP_APPROVED);
        events.publishEvent(new RoadmapApproved(r.getId(), i.getId(), i.getBodyId(), implementations.title(i), 1));
        return r;
    }

    /** Progress of one activity: by the body, or by the municipality it is assigned to (checked by the caller). */
    public void progress(RoadmapActivity a, long activityVersion, ActivityProgress p) {
        if (a.getVersion() != activityVersion) {
            throw new ObjectOptimisticLockingFailureException(RoadmapActivity.class, a.getId());
        }
        if (a.sameProgress(p)) {
            return;
        }
        a.progress(p, LocalDate.now(clock));
        roadmaps.saveAndFlush(a.getRoadmap());
        changed(a.getRoadmap(), "adoption.version.note.progress", a.getNumber());
    }

    /** After approval, a change makes a new version. */
    void changed(Roadmap r, String noteKey, String number) {
        int next = r.nextVersion();
        if (next > 0) {
            roadmaps.saveAndFlush(r);
            writeVersion(r, next, noteKey + "|" + number);
        }
    }

    @Transactional(readOnly = true)
    List<RoadmapVersion> versions(Long roadmapId) {
        view(roadmapId);
        return versions.findByRoadmapIdOrderByNumberDesc(roadmapId);
    }

    @Transactional(readOnly = true)
    List<ActivitySnapshot> snapshot(Long roadmapId, int number) {
        view(roadmapId);
        RoadmapVersion v = versions.findByRoadmapIdAndNumber(roadmapId, number)
                .orElseThrow(() -> new NotFoundException("version", number));
        return read(v.getActivities());
    }

    @Transactional(readOnly = true)
    RoadmapComparison compare(Long roadmapId, int from, int to) {
        return RoadmapComparison.of(from, snapshot(roadmapId, from), to, snapshot(roadmapId, to));
    }

    public Roadmap find(Long id) {
        return roadmaps.findById(id).orElseThrow(() -> new NotFoundException("roadmap", id));
    }

    Roadmap editable(Long id, Long version) {
        Roadmap r = find(id);
        guard.requireEdit(implementations.find(r.getImplementationId()).getBodyId());
        if (version != null && r.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Roadmap.class, id);
        }
        Implementation i = implementations.find(r.getImplementationId());
        if (!i.isActive()) {
            throw new DomainException("adoption.roadmap.closed");
        }
        return r;
    }

    private ActivityPlan checked(ActivityPlan plan) {
        if (plan.municipalityId() != null) {
            directory.municipality(plan.municipalityId());
        }
        if (plan.responsibleBodyId() != null) {
            directory.body(plan.responsibleBodyId());
        }
        return plan;
    }

    private void writeVersion(Roadmap r, int number, String note) {
        CurrentUser me = CurrentUsers.get();
        versions.save(new RoadmapVersion(r.getId(), number, clock.instant(), me.fullName(), note,
                JSON.writeValueAsString(snapshots(r))));
    }

    List<ActivitySnapshot> snapshots(Roadmap r) {
        Map<Long, String> bodies = directory.bodies().stream()
                .collect(Collectors.toMap(ResponsibleBody::getId, ResponsibleBody::getShortName));
        Map<Long, String> municipalities = directory.municipalities().stream()
                .collect(Collectors.toMap(Municipality::getId, Municipality::getName, (a, b) -> a));
        return r.getActivities().stream().map(a -> new ActivitySnapshot(a.getNumber(), a.getTitle(), a.getStartDate(),
                a.getDueDate(), bodies.get(a.getResponsibleBodyId()), a.getResponsiblePerson(), a.getCoExecutors(),
                municipalities.get(a.getMunicipalityId()), a.getExpectedResult(), a.getIndicator(), a.getTargetValue(),
                a.getWeight(), statuses.activityName(a.getStatus()), a.getActualDate(), a.getActualResult(),
                a.getComment(), a.getMissExplanation())).toList();
    }

    private static List<ActivitySnapshot> read(String json) {
        return JSON.readValue(json, new TypeReference<List<ActivitySnapshot>>() { });
    }

    public static <T> Map<Long, T> index(List<T> list, Function<T, Long> id) {
        return list.stream().collect(Collectors.toMap(id, Function.identity()));
    }

    /** The title of the practice the roadmap implements (sheet titles, file names). */
    String practiceTitle(Roadmap r) {
        return implementations.title(implementations.find(r.getImplementationId()));
    }
}
