package ru.praktika.adoption.municipal;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.adoption.implementation.Implementation;
import ru.praktika.adoption.implementation.ImplementationRepository;
import ru.praktika.adoption.roadmap.ActivityProgress;
import ru.praktika.adoption.roadmap.RoadmapActivity;
import ru.praktika.adoption.roadmap.RoadmapActivityRepository;
import ru.praktika.adoption.roadmap.Roadmaps;
import ru.praktika.platform.ForbiddenException;
import ru.praktika.platform.NotFoundException;
import ru.praktika.platform.security.AccessGuard;
import ru.praktika.platform.security.CurrentUser;
import ru.praktika.platform.security.CurrentUsers;
import ru.praktika.platform.security.Role;

/**
 * Cl. 6: each body decides how it works with municipalities; a municipality sees the activities assigned
 * to it and, if the body allows, updates only their status, comment, actual date and result.
 */
@Service
@Transactional
public class MunicipalWork {

    private final MunicipalSettingsRepository settings;
    private final RoadmapActivityRepository activities;
    private final ImplementationRepository implementations;
    private final Roadmaps roadmaps;
    private final AccessGuard guard;

    MunicipalWork(MunicipalSettingsRepository settings, RoadmapActivityRepository activities,
                  ImplementationRepository implementations, Roadmaps roadmaps, AccessGuard guard) {
        this.settings = settings;
        this.activities = activities;
        this.implementations = implementations;
        this.roadmaps = roadmaps;
        this.guard = guard;
    }

    @Transactional(readOnly = true)
    MunicipalSettings settingsOf(Long bodyId) {
        return settings.findById(bodyId).orElseGet(() -> new MunicipalSettings(bodyId));
    }

    public MunicipalSettings change(Long bodyId, Long version, boolean update, boolean propose) {
        guard.requireEdit(bodyId);
        MunicipalSettings s = settings.findById(bodyId).orElseGet(() -> new MunicipalSettings(bodyId));
        if (version != null && s.getVersion() != version && settings.existsById(bodyId)) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(MunicipalSettings.class, bodyId);
        }
        s.change(update, propose);
        return settings.save(s);
    }

    /** The activities assigned to the acting municipality (what its bodies share with it). */
    @Transactional(readOnly = true)
    public List<RoadmapActivity> mine() {
        CurrentUser me = CurrentUsers.get();
        if (me.municipalityId() == null) {
            return List.of();
        }
        return activities.findByMunicipality(me.municipalityId());
    }

    @Transactional(readOnly = true)
    RoadmapActivity sharedActivity(Long activityId) {
        RoadmapActivity a = activities.findById(activityId).orElseThrow(() -> new NotFoundException("activity", activityId));
        CurrentUser me = CurrentUsers.get();
        if (!me.has(Role.MUNICIPALITY) || me.municipalityId() == null || !me.municipalityId().equals(a.getMunicipalityId())) {
            throw new ForbiddenException("activity " + activityId + " is not assigned to this municipality");
        }
        a.getRoadmap().getActivities().size();
        return a;
    }

    @Transactional(readOnly = true)
    boolean mayUpdate(RoadmapActivity a) {
        Long bodyId = implementations.findById(a.getRoadmap().getImplementationId()).orElseThrow().getBodyId();
        return settingsOf(bodyId).isMunicipalitiesUpdate();
    }

    /** Only the progress fields; the plan stays as the body approved it. */
    void update(Long activityId, long version, ActivityProgress progress) {
        RoadmapActivity a = sharedActivity(activityId);
        if (!mayUpdate(a)) {
            throw new ForbiddenException("the body does not let municipalities update activities");
        }
        Implementation i = implementations.findById(a.getRoadmap().getImplementationId()).orElseThrow();
        if (!i.isActive()) {
            throw new ru.praktika.platform.DomainException("adoption.roadmap.closed");
        }
        roadmaps.progress(a, version, progress);
    }

    @Transactional(readOnly = true)
    Long bodyOf(RoadmapActivity a) {
        return implementations.findById(a.getRoadmap().getImplementationId()).orElseThrow().getBodyId();
    }
}
