package ru.praktika.adoption.study;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.adoption.catalogue.Catalogue;
import ru.praktika.adoption.implementation.Implementations;
import ru.praktika.platform.security.AccessGuard;
import ru.praktika.platform.security.CurrentUser;
import ru.praktika.platform.security.CurrentUsers;

/**
 * Study and decision (cl. 5.1). Deciding "внедрять" opens the body's implementation of the practice in
 * status "изучение", from which the application is filed.
 */
@Service
@Transactional
public class Studies {

    private final PracticeStudyRepository studies;
    private final Catalogue catalogue;
    private final Implementations implementations;
    private final AccessGuard guard;
    private final Clock clock;

    Studies(PracticeStudyRepository studies, Catalogue catalogue, Implementations implementations, AccessGuard guard,
            Clock clock) {
        this.studies = studies;
        this.catalogue = catalogue;
        this.implementations = implementations;
        this.guard = guard;
        this.clock = clock;
    }

    public record StudyData(String notes, String applicability, String expectedEffect, String resources,
                     PracticeStudy.Decision decision, String reason, boolean shortlisted) {
    }

    @Transactional(readOnly = true)
    Optional<PracticeStudy> of(Long practiceId, Long bodyId) {
        return bodyId == null ? Optional.empty() : studies.findByPracticeIdAndBodyId(practiceId, bodyId);
    }

    @Transactional(readOnly = true)
    List<PracticeStudy> shortlist(Long bodyId) {
        return studies.findByBodyIdOrderByStudiedOnDesc(bodyId);
    }

    public PracticeStudy record(Long practiceId, Long version, StudyData data) {
        CurrentUser me = CurrentUsers.get();
        guard.requireEdit(me.bodyId());
        catalogue.practice(practiceId);
        PracticeStudy study = studies.findByPracticeIdAndBodyId(practiceId, me.bodyId())
                .orElseGet(() -> new PracticeStudy(practiceId, me.bodyId()));
        if (study.getId() != null && version != null && study.getVersion() != version) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(PracticeStudy.class, study.getId());
        }
        study.record(data.notes(), data.applicability(), data.expectedEffect(), data.resources(), data.decision(),
                data.reason(), data.shortlisted(), LocalDate.now(clock), me.fullName());
        study = studies.save(study);
        if (data.decision() == PracticeStudy.Decision.IMPLEMENT) {
            implementations.open(practiceId, me.bodyId());
        }
        return study;
    }
}
