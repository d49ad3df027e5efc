package ru.praktika.adoption.roadmap;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import ru.praktika.adoption.catalogue.Catalogue;
import ru.praktika.adoption.implementation.Implementation;
import ru.praktika.adoption.implementation.Implementations;
import ru.praktika.directory.Directory;

/** The roadmap page's model: shown by its own URL, and again after a form or a progress file on it. */
@Component
class RoadmapPage {

    private final Roadmaps roadmaps;
    private final Implementations implementations;
    private final Catalogue catalogue;
    private final Directory directory;
    private final Clock clock;

    RoadmapPage(Roadmaps roadmaps, Implementations implementations, Catalogue catalogue, Directory directory,
                Clock clock) {
        this.roadmaps = roadmaps;
        this.implementations = implementations;
        this.catalogue = catalogue;
        this.directory = directory;
        this.clock = clock;
    }

    String show(Long id, Model model) {
        Roadmap r = roadmaps.view(id);
        Implementation i = implementations.find(r.getImplementationId());
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("roadmap", r);
        model.addAttribute("impl", i);
        model.addAttribute("practice", catalogue.practice(i.getPracticeId()));
        model.addAttribute("today", today);
        model.addAttribute("timeline", Timeline.of(r, today));
        var bodies = directory.bodies();
        var municipalities = directory.municipalities();
        model.addAttribute("bodies", Roadmaps.index(bodies, b -> b.getId()));
        model.addAttribute("municipalities", Roadmaps.index(municipalities, m -> m.getId()));
        model.addAttribute("allBodies", bodies);
        model.addAttribute("allMunicipalities", municipalities);
        if (!model.containsAttribute("activityForm")) {
            model.addAttribute("activityForm", ActivityForm.empty(r, i.getBodyId()));
        }
        return "adoption/roadmap";
    }
}
