package ru.praktika.adoption.municipal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
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
    private final JdbcClient jdbc;

    MunicipalWork(MunicipalSettingsRepository settings, RoadmapActivityRepository activities,
                  ImplementationRepository implementations, Roadmaps roadmaps, AccessGuard guard, JdbcClient jdbc) {
        this.jdbc = jdbc;
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

    /** An activity of {@link #mine()} with the owning body and the practice title of its implementation. */
    record MineWithContext(RoadmapActivity activity, Long bodyId, String practiceTitle) {
    }

    /** {@link #mine()} with the body and the practice of each, in two statements whatever the number of activities. */
    @Transactional(readOnly = true)
    List<MineWithContext> mineWithContext() {
        List<RoadmapActivity> list = mine();
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, Object[]> byImplementation = new HashMap<>();
        jdbc.sql("""
                        select i.id, i.body_id, cp.title from implementation i
                        join catalogue_practice cp on cp.id = i.practice_id where i.id in (:ids)""")
                .param("ids", list.stream().map(a -> a.getRoadmap().getImplementationId()).distinct().toList())
                .query((rs, n) -> byImplementation.put(rs.getLong(1), new Object[] {rs.getLong(2), rs.getString(3)}))
                .list();
        return list.stream().map(a -> {
            Object[] context = byImplementation.getOrDefault(a.getRoadmap().getImplementationId(), new Object[] {null, ""});
            return new MineWithContext(a, (Long) context[0], (String) context[1]);
        }).toList();
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
