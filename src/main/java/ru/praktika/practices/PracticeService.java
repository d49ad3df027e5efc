package ru.praktika.practices;

import jakarta.persistence.EntityManager;
import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.audit.AuditRevision;
import ru.praktika.directory.Directory;
import ru.praktika.directory.FederalSubject;
import ru.praktika.directory.FederalSubjectRepository;
import ru.praktika.directory.PlacementCriterion;
import ru.praktika.platform.DomainException;
import ru.praktika.platform.ForbiddenException;
import ru.praktika.platform.NotFoundException;
import ru.praktika.platform.security.CurrentUser;
import ru.praktika.platform.security.CurrentUsers;
import ru.praktika.platform.security.Role;

/** The practice card, its criteria evidence, its placement application and replication: use cases. */
@Service
@Transactional
class PracticeService {

    private final PracticeRepository practices;
    private final PlacementStepRepository steps;
    private final PlacementStatusRepository statuses;
    private final CriterionEvidenceRepository evidence;
    private final RegionRatingEvidenceRepository ratings;
    private final PracticeAttachmentRepository attachments;
    private final ReplicationRepository replications;
    private final SmartekaSnapshotRepository snapshots;
    private final FederalSubjectRepository regions;
    private final PracticeAccess access;
    private final Directory directory;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final EntityManager em;
    private final Clock clock;
    private final AttachmentInspector inspector;
    private final SmartekaLink smartekaLink;

    PracticeService(PracticeRepository practices, PlacementStepRepository steps, PlacementStatusRepository statuses,
                    CriterionEvidenceRepository evidence, RegionRatingEvidenceRepository ratings,
                    PracticeAttachmentRepository attachments, ReplicationRepository replications,
                    SmartekaSnapshotRepository snapshots, FederalSubjectRepository regions, PracticeAccess access,
                    Directory directory, ApplicationEventPublisher events, MessageSource messages, EntityManager em,
                    Clock clock, PracticesProperties properties) {
        this.practices = practices;
        this.steps = steps;
        this.statuses = statuses;
        this.evidence = evidence;
        this.ratings = ratings;
        this.attachments = attachments;
        this.replications = replications;
        this.snapshots = snapshots;
        this.regions = regions;
        this.access = access;
        this.directory = directory;
        this.events = events;
        this.messages = messages;
        this.em = em;
        this.clock = clock;
        this.inspector = new AttachmentInspector(properties.maxAttachmentMb() * 1024L * 1024L);
        this.smartekaLink = new SmartekaLink(properties.smartekaHosts());
    }

    // ---- reading -------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    Practice get(Long id) {
        return practices.findById(id).orElseThrow(() -> new NotFoundException("practice", id));
    }

    @Transactional(readOnly = true)
    Practice view(Long id) {
        Practice p = get(id);
        access.requireView(p);
        return p;
    }

    @Transactional(readOnly = true)
    Practice forEdit(Long id) {
        Practice p = get(id);
        access.requireEdit(p);
        return p;
    }

    @Transactional(readOnly = true)
    List<PlacementStep> timeline(Long practiceId) {
        return steps.findByPracticeIdOrderByAtAscIdAsc(practiceId);
    }

    @Transactional(readOnly = true)
    Map<String, String> statusNames() {
        return statuses.findAllByOrderBySortOrder().stream()
                .collect(Collectors.toMap(PlacementStatus::getCode, PlacementStatus::getName, (a, b) -> a,
                        java.util.LinkedHashMap::new));
    }

    @Transactional(readOnly = true)
    List<PlacementStatus> statusList() {
        return statuses.findAllByOrderBySortOrder();
    }

    @Transactional(readOnly = true)
    List<CriterionEvidence> evidenceOf(Long practiceId) {
        return evidence.findByPracticeIdOrderByCreatedAt(practiceId);
    }

    @Transactional(readOnly = true)
    List<PracticeAttachment> attachmentsOf(Long practiceId) {
        return attachments.findByPracticeIdOrderByUploadedAt(practiceId);
    }

    @Transactional(readOnly = true)
    List<Replication> replicationsOf(Long practiceId) {
        return replications.findByPracticeIdOrderBySince(practiceId);
    }

    @Transactional(readOnly = true)
    List<SmartekaSnapshot> snapshotsOf(Long practiceId) {
        return snapshots.findByPracticeIdOrderByTakenOnDesc(practiceId);
    }

    @Transactional(readOnly = true)
    List<FederalSubject> russianRegions() {
        return regions.findAllByOrderBySortOrder();
    }

    @Transactional(readOnly = true)
    List<RegionRatingEvidence> ratingEditions() {
        return ratings.findAllByOrderByValidFromDesc();
    }

    /** The region-level record of criterion а) that holds on {@code date}, if any. */
    @Transactional(readOnly = true)
    RegionRatingEvidence ratingOn(LocalDate date) {
        return ratings.findAllByOrderByValidFromDesc().stream().filter(r -> r.meetsOn(date)).findFirst().orElse(null);
    }

    /** The region's rule applied to this practice on {@code date}. */
    @Transactional(readOnly = true)
    PlacementEligibility.Verdict verdict(Practice p, LocalDate date) {
        List<PlacementEligibility.Criterion> criteria = directory.placementCriteria().stream()
                .map(c -> new PlacementEligibility.Criterion(c.getCode(), c.getLetter(),
                        c.getScope() == PlacementCriterion.Scope.REGION))
                .toList();
        Set<String> regionMet = new HashSet<>();
        if (ratingOn(date) != null) {
            criteria.stream().filter(PlacementEligibility.Criterion::regionLevel)
                    .forEach(c -> regionMet.add(c.code()));
        }
        Set<String> practiceMet = evidence.findByPracticeIdOrderByCreatedAt(p.getId()).stream()
                .map(CriterionEvidence::getCriterionCode).collect(Collectors.toSet());
        return PlacementEligibility.judge(directory.region().getPlacementRule(), criteria, regionMet, practiceMet);
    }

    // ---- the card ------------------------------------------------------------------------------------------

    Practice create(PracticeCard card) {
        CurrentUser user = CurrentUsers.get();
        if (user.bodyId() == null || !(user.has(Role.OFFICER) || user.has(Role.HEAD))) {
            throw new ForbiddenException("only a body's officer or head creates practices");
        }
        requireCategoryOwned(user.bodyId(), card.categoryId());
        Instant now = clock.instant();
        Practice p = practices.saveAndFlush(new Practice(user.bodyId(), card, now));
        steps.save(new PlacementStep(p.getId(), null, PlacementWorkflow.DRAFT, LocalDate.now(clock), now,
                user.username(), user.fullName(), null, null, null));
        return p;
    }

    /** Saves the card if nobody saved it since {@code version}; otherwise says who did and what differs. */
    Practice edit(Long id, long version, PracticeCard card) {
        Practice p = get(id);
        access.requireEdit(p);
        if (p.getVersion() != version) {
            throw conflict(p, card);
        }
        requireCategoryOwned(p.getBodyId(), card.categoryId());
        p.edit(card, clock.instant());
        return practices.saveAndFlush(p);
    }

    private void requireCategoryOwned(Long bodyId, Long categoryId) {
        if (!directory.isAssigned(bodyId, categoryId, LocalDate.now(clock))) {
            throw new DomainException("practices.card.categoryNotOwned", directory.category(categoryId).getName(),
                    directory.body(bodyId).getShortName());
        }
    }

    private PracticeConflictException conflict(Practice current, PracticeCard typed) {
        String who = "";
        Instant when = current.getUpdatedAt();
        AuditReader reader = AuditReaderFactory.get(em);
        List<Number> revisions = reader.getRevisions(Practice.class, current.getId());
        if (!revisions.isEmpty()) {
            AuditRevision last = reader.findRevision(AuditRevision.class, revisions.get(revisions.size() - 1));
            who = last.getUserFullName() != null ? last.getUserFullName() : last.getUsername();
            when = Instant.ofEpochMilli(last.getTimestamp());
        }
        PracticeCard saved = cardOf(current);
        List<PracticeConflictException.FieldDifference> diffs = new ArrayList<>();
        for (RecordComponent rc : PracticeCard.class.getRecordComponents()) {
            Object a = normalise(value(rc, saved));
            Object b = normalise(value(rc, typed));
            if (!Objects.equals(a, b)) {
                diffs.add(new PracticeConflictException.FieldDifference(rc.getName(), display(rc.getName(), a)));
            }
        }
        return new PracticeConflictException(who, when, diffs, current.getVersion());
    }

    private String display(String field, Object value) {
        if (value == null) {
            return "";
        }
        return switch (field) {
            case "categoryId" -> directory.category((Long) value).getName();
            case "municipalityId" -> directory.municipality((Long) value).getName();
            default -> value.toString();
        };
    }

    private static Object value(RecordComponent rc, PracticeCard card) {
        try {
            return rc.getAccessor().invoke(card);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object normalise(Object v) {
        if (v instanceof String s) {
            String t = s.strip().replace("\r\n", "\n");
            return t.isEmpty() ? null : t;
        }
        if (v instanceof List<?> list) {
            List<String> keys = list.stream().map(o -> o instanceof Indicator i ? indicatorKey(i) : String.valueOf(o)).toList();
            return keys.isEmpty() ? null : String.join("; ", keys);
        }
        return v;
    }

    private static String indicatorKey(Indicator i) {
        return i.getName() + " (" + Objects.toString(i.getUnit(), "") + "): "
                + (i.getBaseValue() == null ? "" : i.getBaseValue().stripTrailingZeros().toPlainString()) + " → "
                + (i.getAchievedValue() == null ? "" : i.getAchievedValue().stripTrailingZeros().toPlainString());
    }

    static PracticeCard cardOf(Practice p) {
        return new PracticeCard(p.getTitle(), p.getCategoryId(), p.getMunicipalityId(), p.getLeaderName(),
                p.getLeaderPosition(), p.getLeaderPhone(), p.getLeaderEmail(), p.getSummary(), p.getProblem(),
                p.getAlgorithm(), p.getResults(), List.copyOf(p.getIndicators()), p.getResourcesStaff(),
                p.getResourcesMoney(), p.getResourcesMaterials(), p.getPeriodStart(), p.getPeriodEnd(),
                p.getLegalActs(), p.getPartners(), p.getTags());
    }

    // ---- the placement application --------------------------------------------------------------------------

    /** Moves the application; says in Russian what is missing or wrong before the aggregate would refuse. */
    PlacementStep move(Long id, String target, String comment, LocalDate date, String applicationNumber, String url) {
        Practice p = get(id);
        if (target == null || !PlacementWorkflow.ALL.contains(target)) {
            throw new DomainException("practices.status.unknown");
        }
        access.requireMove(p, target);
        Map<String, String> names = statusNames();
        if (!PlacementWorkflow.allows(p.getStatus(), target)) {
            throw new DomainException("practices.status.illegal", names.get(p.getStatus()), names.get(target));
        }
        LocalDate today = LocalDate.now(clock);
        if ((target.equals(PlacementWorkflow.CRITERIA_CHECK) || target.equals(PlacementWorkflow.READY))
                && !p.missingSections().isEmpty()) {
            throw new DomainException("practices.status.incomplete", sectionNames(p.missingSections()));
        }
        PlacementEligibility.Verdict verdict = verdict(p, today);
        if (target.equals(PlacementWorkflow.READY) && !verdict.eligible()) {
            throw new DomainException(verdict.rule() == ru.praktika.directory.Region.PlacementRule.ALL
                    ? "practices.status.notEligibleAll" : "practices.status.notEligibleAny", verdict.missingLetters());
        }
        String checkedUrl = target.equals(PlacementWorkflow.PUBLISHED) ? smartekaLink.check(url) : null;
        PlacementStep step = p.moveTo(new StatusChange(target, comment, date, applicationNumber, checkedUrl),
                verdict.eligible(), CurrentUsers.get(), clock.instant(), today);
        practices.saveAndFlush(p);
        steps.save(step);
        switch (target) {
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
        return step;
    }

    String sectionNames(List<String> codes) {
        return codes.stream().map(c -> messages.getMessage("practices.section." + c, null, c, LocaleContextHolder.getLocale()))
                .collect(Collectors.joining(", "));
    }

    // ---- evidence, files, replication -------------------------------------------------------------------------

    CriterionEvidence addEvidence(Long practiceId, CriterionEvidence.Fields fields, String fileName, byte[] file) {
        Practice p = get(practiceId);
        access.requireEdit(p);
        if (!PlacementWorkflow.cardEditable(p.getStatus())) {
            throw new DomainException("practices.card.locked");
        }
        StoredFile stored = file == null || file.length == 0 ? null : checkedFile(fileName, file);
        CurrentUser user = CurrentUsers.get();
        return evidence.save(new CriterionEvidence(p.getId(), fields, stored, user.fullName(), clock.instant()));
    }

    void deleteEvidence(Long practiceId, Long evidenceId) {
        Practice p = get(practiceId);
        access.requireEdit(p);
        if (!PlacementWorkflow.cardEditable(p.getStatus())) {
            throw new DomainException("practices.card.locked");
        }
        CriterionEvidence e = evidence.findById(evidenceId).filter(x -> x.getPracticeId().equals(practiceId))
                .orElseThrow(() -> new NotFoundException("evidence", evidenceId));
        evidence.delete(e);
    }

    @Transactional(readOnly = true)
    CriterionEvidence evidenceFile(Long practiceId, Long evidenceId) {
        view(practiceId);
        CriterionEvidence e = evidence.findById(evidenceId).filter(x -> x.getPracticeId().equals(practiceId))
                .filter(x -> x.getFileName() != null)
                .orElseThrow(() -> new NotFoundException("evidence", evidenceId));
        e.getFileData();
        return e;
    }

    PracticeAttachment addAttachment(Long practiceId, String fileName, byte[] content) {
        Practice p = get(practiceId);
        access.requireEdit(p);
        StoredFile stored = checkedFile(fileName, content);
        return attachments.save(new PracticeAttachment(p.getId(), stored, CurrentUsers.get().fullName(), clock.instant()));
    }

    void deleteAttachment(Long practiceId, Long attachmentId) {
        Practice p = get(practiceId);
        access.requireEdit(p);
        PracticeAttachment a = attachments.findById(attachmentId).filter(x -> x.getPracticeId().equals(practiceId))
                .orElseThrow(() -> new NotFoundException("attachment", attachmentId));
        attachments.delete(a);
    }

    @Transactional(readOnly = true)
    PracticeAttachment attachment(Long practiceId, Long attachmentId) {
        view(practiceId);
        PracticeAttachment a = attachments.findById(attachmentId).filter(x -> x.getPracticeId().equals(practiceId))
                .orElseThrow(() -> new NotFoundException("attachment", attachmentId));
        a.getData();
        return a;
    }

    StoredFile checkedFile(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.replaceAll("[\\\\/]", "_").strip();
        FileKind kind = inspector.inspect(name, content);
        return new StoredFile(name, kind, content);
    }

    long maxAttachmentMb() {
        return inspector.maxBytes() / (1024 * 1024);
    }

    /** Another region took the practice up: only a published practice can be replicated. */
    Replication addReplication(Long practiceId, String regionCode, LocalDate since, String link) {
        Practice p = get(practiceId);
        access.requireMove(p, PlacementWorkflow.PUBLISHED);
        if (!PlacementWorkflow.PUBLISHED.equals(p.getStatus())) {
            throw new DomainException("practices.replication.notPublished");
        }
        if (regionCode == null || regions.findByCode(regionCode).isEmpty()) {
            throw new DomainException("practices.replication.unknownRegion");
        }
        if (replications.existsByPracticeIdAndRegionCode(practiceId, regionCode)) {
            throw new DomainException("practices.replication.duplicate");
        }
        if (since == null || since.isAfter(LocalDate.now(clock))) {
            throw new DomainException("practices.replication.badDate");
        }
        String checked = link == null || link.isBlank() ? null : link.trim();
        if (checked != null && (checked.length() > 500 || !checked.matches("(?i)https?://\\S+"))) {
            throw new DomainException("practices.evidence.badLink");
        }
        return replications.save(new Replication(practiceId, regionCode, since, checked, CurrentUsers.get().fullName()));
    }

    SmartekaSnapshot addSnapshot(Long practiceId, LocalDate takenOn, int regionsCount, int likes, int views) {
        Practice p = get(practiceId);
        access.requireMove(p, PlacementWorkflow.PUBLISHED);
        if (!PlacementWorkflow.PUBLISHED.equals(p.getStatus())) {
            throw new DomainException("practices.replication.notPublished");
        }
        if (takenOn == null || takenOn.isAfter(LocalDate.now(clock))) {
            throw new DomainException("practices.snapshot.badDate");
        }
        if (regionsCount < 0 || likes < 0 || views < 0) {
            throw new DomainException("practices.snapshot.negative");
        }
        return snapshots.save(new SmartekaSnapshot(practiceId, takenOn, regionsCount, likes, views,
                CurrentUsers.get().fullName()));
    }

    /** Criterion а): the coordinator records a rating edition once; it serves every practice while valid. */
    RegionRatingEvidence recordRating(int editionYear, int investmentPlace, int qualityPlace, int threshold,
                                      String sourceLink, LocalDate validFrom, LocalDate validTo, String fileName,
                                      byte[] file) {
        if (!CurrentUsers.get().has(Role.COORDINATOR)) {
            throw new ForbiddenException("only the coordinator records criterion a)");
        }
        StoredFile stored = file == null || file.length == 0 ? null : checkedFile(fileName, file);
        return ratings.save(new RegionRatingEvidence(editionYear, investmentPlace, qualityPlace, threshold, sourceLink,
                validFrom, validTo, stored, CurrentUsers.get().fullName(), clock.instant()));
    }

    @Transactional(readOnly = true)
    RegionRatingEvidence ratingFile(Long id) {
        RegionRatingEvidence r = ratings.findById(id).filter(x -> x.getFileName() != null)
                .orElseThrow(() -> new NotFoundException("rating", id));
        r.getFileData();
        return r;
    }
}
