package ru.praktika.adoption;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
import ru.praktika.platform.DomainException;
import ru.praktika.platform.NotFoundException;

/** A roadmap (cl. 5.3): activities, timeline, approval, versions, XLSX export and progress import. */
@Controller
@RequestMapping("/adoption/roadmaps/{id}")
class RoadmapController {

    private static final long MAX_ORDER_FILE = 10L * 1024 * 1024;

    private final Roadmaps roadmaps;
    private final Implementations implementations;
    private final Catalogue catalogue;
    private final RoadmapSpreadsheet spreadsheet;
    private final Statuses statuses;
    private final Directory directory;
    private final Clock clock;

    RoadmapController(Roadmaps roadmaps, Implementations implementations, Catalogue catalogue,
                      RoadmapSpreadsheet spreadsheet, Statuses statuses, Directory directory, Clock clock) {
        this.roadmaps = roadmaps;
        this.implementations = implementations;
        this.catalogue = catalogue;
        this.spreadsheet = spreadsheet;
        this.statuses = statuses;
        this.directory = directory;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('COORDINATOR','OFFICER','HEAD','OBSERVER')")
    String page(@PathVariable Long id, Model model) {
        Roadmap r = roadmaps.view(id);
        Implementation i = implementations.find(r.getImplementationId());
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("roadmap", r);
        model.addAttribute("impl", i);
        model.addAttribute("practice", catalogue.practice(i.getPracticeId()));
        model.addAttribute("today", today);
        model.addAttribute("timeline", Timeline.of(r, today));
        model.addAttribute("bodies", Roadmaps.index(directory.bodies(), b -> b.getId()));
        model.addAttribute("municipalities", Roadmaps.index(directory.municipalities(), m -> m.getId()));
        model.addAttribute("allBodies", directory.bodies());
        model.addAttribute("allMunicipalities", directory.municipalities());
        if (!model.containsAttribute("activityForm")) {
            model.addAttribute("activityForm", ActivityForm.empty(r, i.getBodyId(), statuses));
        }
        return "adoption/roadmap";
    }

    @PostMapping("/activities")
    @PreAuthorize("hasAnyRole('OFFICER','HEAD')")
    String add(@PathVariable Long id, @RequestParam long roadmapVersion,
               @Valid @ModelAttribute("activityForm") ActivityForm form, BindingResult result, Model model,
               RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                roadmaps.addActivity(id, roadmapVersion, form.plan());
                redirect.addFlashAttribute("flashSuccess", "adoption.activity.saved");
                return "redirect:/adoption/roadmaps/" + id;
            } catch (DomainException e) {
                result.reject(e.messageKey(), e.arguments(), e.messageKey());
            } catch (ObjectOptimisticLockingFailureException e) {
                result.reject("adoption.conflict");
            }
        }
        return page(id, model);
    }

    @GetMapping("/activities/{activityId}")
    @PreAuthorize("hasAnyRole('COORDINATOR','OFFICER','HEAD','OBSERVER')")
    String activity(@PathVariable Long id, @PathVariable Long activityId, Model model) {
        Roadmap r = roadmaps.view(id);
        if (!model.containsAttribute("activityForm")) {
            model.addAttribute("activityForm", ActivityForm.of(r.activity(activityId)));
        }
        return activityPage(r, activityId, model);
    }

    private String activityPage(Roadmap r, Long activityId, Model model) {
        model.addAttribute("roadmap", r);
        model.addAttribute("activity", r.activity(activityId));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("allBodies", directory.bodies());
        model.addAttribute("allMunicipalities", directory.municipalities());
        model.addAttribute("statusCodes", statuses.activityCodes());
        return "adoption/activity";
    }

    @PostMapping("/activities/{activityId}")
    @PreAuthorize("hasAnyRole('OFFICER','HEAD')")
    String change(@PathVariable Long id, @PathVariable Long activityId,
                  @Valid @ModelAttribute("activityForm") ActivityForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                roadmaps.changeActivity(id, activityId, form.version() == null ? -1 : form.version(), form.plan(),
                        form.progress());
                redirect.addFlashAttribute("flashSuccess", "adoption.activity.saved");
                return "redirect:/adoption/roadmaps/" + id;
            } catch (DomainException e) {
                result.reject(e.messageKey(), e.arguments(), e.messageKey());
            } catch (ObjectOptimisticLockingFailureException e) {
                result.reject("adoption.conflict");
            }
        }
        return activityPage(roadmaps.view(id), activityId, model);
    }

    @PostMapping("/activities/{activityId}/delete")
    @PreAuthorize("hasAnyRole('OFFICER','HEAD')")
    String remove(@PathVariable Long id, @PathVariable Long activityId, RedirectAttributes redirect) {
        roadmaps.removeActivity(id, activityId);
        redirect.addFlashAttribute("flashSuccess", "adoption.activity.removed");
        return "redirect:/adoption/roadmaps/" + id;
    }

    @PostMapping("/approve")
    @PreAuthorize("hasRole('HEAD')")
    String approve(@PathVariable Long id, @RequestParam long roadmapVersion, @RequestParam String orderNumber,
                   @RequestParam @DateTimeFormat(pattern = "dd.MM.yyyy") LocalDate orderDate,
                   @RequestParam(value = "orderFile", required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new DomainException("adoption.roadmap.orderFileRequired");
        }
        if (orderNumber.length() > 50) {
            throw new DomainException("adoption.tooLong", 50);
        }
        if (file.getSize() > MAX_ORDER_FILE) {
            throw new DomainException("adoption.roadmap.orderFileTooLarge");
        }
        roadmaps.approve(id, roadmapVersion, orderNumber, orderDate, file.getOriginalFilename(), file.getBytes());
        redirect.addFlashAttribute("flashSuccess", "adoption.roadmap.approved");
        return "redirect:/adoption/roadmaps/" + id;
    }

    @GetMapping("/order")
    @PreAuthorize("hasAnyRole('COORDINATOR','OFFICER','HEAD','OBSERVER')")
    ResponseEntity<byte[]> order(@PathVariable Long id) {
        Roadmap r = roadmaps.view(id);
        if (r.getOrderFile() == null) {
            throw new NotFoundException("order", id);
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(r.getOrderFileName() == null ? "order" : r.getOrderFileName(), StandardCharsets.UTF_8)
                        .build().toString())
                .contentType(MediaType.APPLICATION_OCTET_STREAM).body(r.getOrderFile());
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

    @GetMapping("/export")
    @PreAuthorize("hasAnyRole('COORDINATOR','OFFICER','HEAD','OBSERVER')")
    ResponseEntity<byte[]> export(@PathVariable Long id) {
        byte[] xlsx = spreadsheet.export(id);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("roadmap-" + id + ".xlsx").build().toString())
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(xlsx);
    }

    @PostMapping("/import")
    @PreAuthorize("hasAnyRole('OFFICER','HEAD')")
    String importProgress(@PathVariable Long id, @RequestParam(value = "file", required = false) MultipartFile file,
                          Model model) throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new DomainException("adoption.xlsx.unreadable");
            }
            model.addAttribute("report", spreadsheet.importProgress(id, file.getBytes()));
        } catch (DomainException e) {
            model.addAttribute("problemKey", e.messageKey());
        }
        return page(id, model);
    }

    record ActivityForm(Long version, @Size(max = 20) String number, @NotBlank @Size(max = 1000) String title,
                        @DateTimeFormat(pattern = "dd.MM.yyyy") LocalDate startDate,
                        @NotNull @DateTimeFormat(pattern = "dd.MM.yyyy") LocalDate dueDate, Long responsibleBodyId,
                        @Size(max = 200) String responsiblePerson, @Size(max = 1000) String coExecutors,
                        Long municipalityId, @Size(max = 2000) String expectedResult, @Size(max = 500) String indicator,
                        @Size(max = 100) String targetValue, @NotNull @Min(1) @Max(100) Integer weight,
                        String status, @DateTimeFormat(pattern = "dd.MM.yyyy") LocalDate actualDate,
                        @Size(max = 2000) String actualResult, @Size(max = 2000) String comment,
                        @Size(max = 2000) String missExplanation) {

        static ActivityForm empty(Roadmap r, Long bodyId, Statuses statuses) {
            return new ActivityForm(null, String.valueOf(r.getActivities().size() + 1), null, r.lastDueDate(), null,
                    bodyId, null, null, null, null, null, null, 1, ActivityStatus.PLANNED, null, null, null, null);
        }

        static ActivityForm of(RoadmapActivity a) {
            return new ActivityForm(a.getVersion(), a.getNumber(), a.getTitle(), a.getStartDate(), a.getDueDate(),
                    a.getResponsibleBodyId(), a.getResponsiblePerson(), a.getCoExecutors(), a.getMunicipalityId(),
                    a.getExpectedResult(), a.getIndicator(), a.getTargetValue(), a.getWeight(), a.getStatus(),
                    a.getActualDate(), a.getActualResult(), a.getComment(), a.getMissExplanation());
        }

        ActivityPlan plan() {
            return new ActivityPlan(number, title, startDate, dueDate, responsibleBodyId, responsiblePerson,
                    coExecutors, municipalityId, expectedResult, indicator, targetValue, weight == null ? 1 : weight);
        }

        ActivityProgress progress() {
            return status == null ? null : new ActivityProgress(status, actualDate, actualResult, comment, missExplanation);
        }
    }
}
