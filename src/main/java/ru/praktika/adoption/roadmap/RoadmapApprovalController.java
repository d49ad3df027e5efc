package ru.praktika.adoption.roadmap;

import java.io.IOException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.praktika.platform.DomainException;
import ru.praktika.platform.Downloads;
import ru.praktika.platform.NotFoundException;
import ru.praktika.platform.files.ContentKind;
import ru.praktika.platform.files.UploadInspection;

/** Approval of a roadmap by the head of the body by an order (cl. 5.3), and the order's file. */
@Controller
@RequestMapping("/adoption/roadmaps/{id}")
class RoadmapApprovalController {

    private static final long MAX_ORDER_FILE = 10L * 1024 * 1024;
    private static final Set<ContentKind> ORDER_KINDS = EnumSet.of(ContentKind.PDF, ContentKind.DOCX,
            ContentKind.PNG, ContentKind.JPEG);

    private final Roadmaps roadmaps;

    RoadmapApprovalController(Roadmaps roadmaps) {
        this.roadmaps = roadmaps;
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
        // The same inspection as every other upload: a renamed HTML page or program is not an order.
        String name = UploadInspection.cleanName(file.getOriginalFilename());
        byte[] content = file.getBytes();
        UploadInspection.inspect(name, content, MAX_ORDER_FILE, ORDER_KINDS);
        roadmaps.approve(id, roadmapVersion, orderNumber, orderDate, name, content);
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
        return Downloads.attachment(r.getOrderFile(), r.getOrderFileName() == null ? "order" : r.getOrderFileName(),
                MediaType.APPLICATION_OCTET_STREAM);
    }
}
