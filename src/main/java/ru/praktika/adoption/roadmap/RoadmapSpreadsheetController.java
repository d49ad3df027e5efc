package ru.praktika.adoption.roadmap;

import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import ru.praktika.platform.DomainException;
import ru.praktika.platform.Downloads;

/** The roadmap as an XLSX sheet, and progress read back from it onto the roadmap page. */
@Controller
@RequestMapping("/adoption/roadmaps/{id}")
class RoadmapSpreadsheetController {

    private final RoadmapSpreadsheet spreadsheet;
    private final RoadmapPage roadmapPage;

    RoadmapSpreadsheetController(RoadmapSpreadsheet spreadsheet, RoadmapPage roadmapPage) {
        this.spreadsheet = spreadsheet;
        this.roadmapPage = roadmapPage;
    }

    @GetMapping("/export")
    @PreAuthorize("hasAnyRole('COORDINATOR','OFFICER','HEAD','OBSERVER')")
    ResponseEntity<byte[]> export(@PathVariable Long id) {
        byte[] xlsx = spreadsheet.export(id);
        return Downloads.attachment(xlsx, spreadsheet.fileName(id), Downloads.XLSX);
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
        return roadmapPage.show(id, model);
    }
}
