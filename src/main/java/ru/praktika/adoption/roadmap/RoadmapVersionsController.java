package ru.praktika.adoption.roadmap;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The versions of an approved roadmap: one as it stood, or two compared. */
@Controller
@RequestMapping("/adoption/roadmaps/{id}")
class RoadmapVersionsController {

    private final Roadmaps roadmaps;

    RoadmapVersionsController(Roadmaps roadmaps) {
        this.roadmaps = roadmaps;
    }

    /** The list of versions; {@code number} shows one, {@code from}+{@code to} compare two. */
    @GetMapping("/versions")
    @PreAuthorize("hasAnyRole('COORDINATOR','OFFICER','HEAD','OBSERVER')")
    String versions(@PathVariable Long id, @RequestParam(required = false) Integer number,
                    @RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to,
                    Model model) {
        Roadmap r = roadmaps.view(id);
        model.addAttribute("roadmap", r);
        model.addAttribute("versions", roadmaps.versions(id));
        if (number != null) {
            model.addAttribute("number", number);
            model.addAttribute("snapshot", roadmaps.snapshot(id, number));
        }
        if (from != null && to != null) {
            model.addAttribute("comparison", roadmaps.compare(id, from, to));
        }
        return "adoption/versions";
    }
}
