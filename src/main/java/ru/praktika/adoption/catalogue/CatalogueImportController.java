package ru.praktika.adoption.catalogue;

import java.io.IOException;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import ru.praktika.platform.DomainException;
import ru.praktika.platform.NotFoundException;
import ru.praktika.platform.security.CurrentUsers;

/** The catalogue import page (cl. 5.1): a file is read at once, its rows imported in the background. */
@Controller
@RequestMapping("/adoption/catalogue/import")
class CatalogueImportController {

    private final ImportJobs imports;
    private final CatalogueImportTemplate template;

    CatalogueImportController(ImportJobs imports, CatalogueImportTemplate template) {
        this.imports = imports;
        this.template = template;
    }

    /** An empty catalogue sheet with the Russian column names and an example row, to fill in and import. */
    @GetMapping("/template.xlsx")
    @PreAuthorize("hasAnyRole('COORDINATOR','OFFICER')")
    org.springframework.http.ResponseEntity<byte[]> template() {
        return org.springframework.http.ResponseEntity.ok()
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, org.springframework.http.ContentDisposition
                        .attachment().filename("Шаблон импорта каталога.xlsx", java.nio.charset.StandardCharsets.UTF_8)
                        .build().toString())
                .contentType(org.springframework.http.MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(template.write());
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('COORDINATOR','OFFICER')")
    String importPage() {
        return "adoption/import";
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('COORDINATOR','OFFICER')")
    String startImport(@RequestParam(value = "file", required = false) MultipartFile file, Model model) throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new DomainException("adoption.import.empty");
            }
            ImportJobs.Job job = imports.start(ru.praktika.platform.files.UploadInspection.cleanName(file.getOriginalFilename()),
                    file.getBytes(), CurrentUsers.get());
            return "redirect:/adoption/catalogue/import/" + job.getId();
        } catch (DomainException e) {
            model.addAttribute("problemKey", e.messageKey());
            model.addAttribute("problemArgs", e.arguments());
            return "adoption/import";
        }
    }

    /** The job page; htmx polls it for the progress fragment until the report is ready. */
    @GetMapping("/{jobId}")
    @PreAuthorize("hasAnyRole('COORDINATOR','OFFICER')")
    String importJob(@PathVariable UUID jobId, @RequestHeader(value = "HX-Request", required = false) String htmx,
                     Model model) {
        ImportJobs.Job job = imports.find(jobId, CurrentUsers.get());
        if (job == null) {
            throw new NotFoundException("import", jobId);
        }
        model.addAttribute("job", job);
        return htmx != null ? "adoption/import-job :: progress" : "adoption/import-job";
    }
}
