package ru.praktika.adoption.home;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.adoption.catalogue.Catalogue;
import ru.praktika.adoption.implementation.Implementation;
import ru.praktika.adoption.implementation.Implementations;
import ru.praktika.adoption.municipal.MunicipalWork;
import ru.praktika.adoption.roadmap.RoadmapRepository;
import ru.praktika.platform.security.CurrentUser;

/** The home page widget of the module: {@code ${@adoptionHome.summary(me)}} in home.html. */
@Component("adoptionHome")
class AdoptionHome {

    private final Implementations implementations;
    private final RoadmapRepository roadmaps;
    private final Catalogue catalogue;
    private final MunicipalWork municipal;
    private final Clock clock;

    AdoptionHome(Implementations implementations, RoadmapRepository roadmaps, Catalogue catalogue,
                 MunicipalWork municipal, Clock clock) {
        this.implementations = implementations;
        this.roadmaps = roadmaps;
        this.catalogue = catalogue;
        this.municipal = municipal;
        this.clock = clock;
    }

    record Summary(long active, long overdue, long catalogueSize, List<Catalogue.PracticeRow> suggestions,
                   long municipalActivities) {
    }

    @Transactional(readOnly = true)
    public Summary summary(CurrentUser me) {
        LocalDate today = LocalDate.now(clock);
        if (me.municipalityId() != null) {
            return new Summary(0, 0, catalogue.count(), List.of(), municipal.mine().size());
        }
        List<Implementation> mine = implementations.visible();
        long active = mine.stream().filter(Implementation::isActive).count();
        long overdue = mine.stream().filter(Implementation::isActive)
                .map(i -> roadmaps.findByImplementationId(i.getId()).map(r -> r.overdueCount(today)).orElse(0L))
                .mapToLong(Long::longValue).sum();
        List<Catalogue.PracticeRow> suggestions = me.bodyId() == null ? List.of() : catalogue.suggestions(me.bodyId(), 3);
        return new Summary(active, overdue, catalogue.count(), suggestions, 0);
    }
}
