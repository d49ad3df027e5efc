package ru.praktika.practices.criteria;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.praktika.directory.Directory;
import ru.praktika.directory.PlacementCriterion;
import ru.praktika.platform.DomainException;
import ru.praktika.practices.card.FileDownload;
import ru.praktika.practices.card.PracticeRoles;

/** Criterion а) of cl. 4.1: the coordinator records each rating edition once, for every practice. */
@Controller
@RequestMapping("/practices/region-criteria")
class RegionCriteriaController {

    private final RegionRatings ratings;
    private final Directory directory;
    private final Clock clock;

    RegionCriteriaController(RegionRatings ratings, Directory directory, Clock clock) {
        this.ratings = ratings;
        this.directory = directory;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize(PracticeRoles.READERS)
    String page(Model model) {
        if (!model.containsAttribute("ratingForm")) {
            LocalDate today = LocalDate.now(clock);
            model.addAttribute("ratingForm", new CriteriaForms.RatingForm(today.getYear(), null, null, 30, null, today,
                    today.plusYears(1).minusDays(1)));
        }
        return page0(model);
    }

    @PostMapping
    @PreAuthorize("hasRole('COORDINATOR')")
    String record(@Valid @ModelAttribute("ratingForm") CriteriaForms.RatingForm form, BindingResult result,
                  @RequestParam(name = "file", required = false) MultipartFile file, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) throws IOException {
        if (!result.hasErrors()) {
            try {
                ratings.record(form.editionYear(), form.investmentPlace(), form.qualityPlace(), form.threshold(),
                        form.sourceLink(), form.validFrom(), form.validTo(),
                        file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes());
                redirect.addFlashAttribute("flashSuccess", "practices.flash.ratingRecorded");
                return "redirect:/practices/region-criteria";
            } catch (DomainException e) {
                result.reject(e.messageKey(), e.arguments(), e.messageKey());
            }
        }
        response.setStatus(422);
        return page0(model);
    }

    @GetMapping("/{id}/file")
    @PreAuthorize(PracticeRoles.READERS)
    ResponseEntity<byte[]> file(@PathVariable Long id) {
        RegionRatingEvidence r = ratings.download(id);
        return FileDownload.of(r.getFileName(), r.getFileKind(), r.getFileData());
    }

    private String page0(Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("editions", ratings.editions());
        model.addAttribute("current", ratings.on(today));
        model.addAttribute("today", today);
        model.addAttribute("criterion", directory.placementCriteria().stream()
                .filter(c -> c.getScope() == PlacementCriterion.Scope.REGION).findFirst().orElse(null));
        model.addAttribute("region", directory.region());
        return "practices/region-criteria";
    }
}
