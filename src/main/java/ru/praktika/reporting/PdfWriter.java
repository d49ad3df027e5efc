package ru.praktika.reporting;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * PDF through openhtmltopdf with Liberation Serif embedded (Times metrics, SIL OFL 1.1, bundled under
 * /fonts; the built-in PDF fonts have no Cyrillic): the same requisites and page setup as the DOCX, page
 * numbers at the top from the second page, table headers repeated on each page. PDFBox places glyphs one
 * by one without OpenType substitution, so no ligature replaces two letters and copied text stays as typed.
 */
@Component
class PdfWriter {

    static final String FONT_FAMILY = "Liberation Serif";
    private static final String FONTS = "/fonts/";

    byte[] write(OfficialDocument d) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> PdfWriter.class.getResourceAsStream(FONTS + "LiberationSerif-Regular.ttf"), FONT_FAMILY, 400,
                    FontStyle.NORMAL, true);
            builder.useFont(() -> PdfWriter.class.getResourceAsStream(FONTS + "LiberationSerif-Bold.ttf"), FONT_FAMILY, 700,
                    FontStyle.NORMAL, true);
            builder.withHtmlContent(html(d), null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String html(OfficialDocument d) {
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html><html lang=\"ru\"><head><meta charset=\"UTF-8\"/><title>").append(e(d.heading()))
                .append("</title><style>")
                .append("@page { size: A4; margin: 20mm 10mm 20mm 20mm;")
                .append(" @top-center { content: counter(page); font-family: '").append(FONT_FAMILY).append("'; font-size: 10pt; } }")
                .append("@page :first { @top-center { content: none; } }")
                .append("body { font-family: '").append(FONT_FAMILY).append("'; font-size: 12pt; line-height: 1.3; }")
                .append(".c { text-align: center; font-weight: bold; margin: 0 0 6pt 0; } .d { margin: 0 0 12pt 0; }")
                .append("h2 { font-size: 12pt; margin: 12pt 0 6pt 0; page-break-after: avoid; }")
                .append("p.t { text-align: justify; text-indent: 12.5mm; margin: 0 0 4pt 0; }")
                .append("table { width: 100%; border-collapse: collapse; table-layout: fixed; -fs-table-paginate: paginate; }")
                .append("thead { display: table-header-group; }")
                .append("th, td { border: 0.5pt solid #000; padding: 2pt 3pt; font-size: 10pt; vertical-align: top;")
                // only a word longer than its whole column is split; the widths keep Russian words whole
                .append(" word-wrap: break-word; overflow-wrap: break-word; }")
                .append("th { font-weight: bold; text-align: center; background: #eee; }")
                .append(".sign { margin-top: 24pt; width: 100%; -fs-table-paginate: auto; page-break-inside: avoid; }")
                .append(".sign td { border: none; font-size: 12pt; }")
                // no bottom margin after the last block: on a full page it alone would open an empty page
                .append(".ex { margin: 36pt 0 0 0; font-size: 10pt; } body { margin: 0; }")
                .append(".to { margin: 12pt 0 12pt 50%; } .d { text-align: left; }")
                .append(".draft { text-align: right; font-weight: bold; color: #c00000; margin: 0 0 6pt 0; }")
                .append("a { color: #0563c1; }")
                .append("</style></head><body>");
        if (d.draftMark() != null) {
            h.append("<p class=\"draft\">").append(e(d.draftMark())).append("</p>");
        }
        h.append("<p class=\"c\">").append(e(d.organisation())).append("</p>");
        if (d.addressee() != null && !d.addressee().isEmpty()) {
            h.append("<p class=\"to\">").append(e(String.join("\n", d.addressee()))).append("</p>");
        }
        h.append("<p class=\"c\">").append(e(d.documentType())).append("</p>");
        h.append("<p class=\"d\">").append(e(OfficialDocuments.dateAndNumber(d))).append("</p>");
        h.append("<p class=\"c\">").append(e(d.heading())).append("</p>");
        for (OfficialDocument.Section s : d.sections()) {
            if (s.heading() != null) {
                h.append("<h2>").append(e(s.heading())).append("</h2>");
            }
            for (String p : s.paragraphs()) {
                h.append("<p class=\"t\">").append(e(p)).append("</p>");
            }
            if (s.table() != null && !s.table().rows().isEmpty()) {
                table(h, s.table());
            } else if (s.emptyText() != null && (s.table() != null || s.paragraphs().isEmpty())) {
                h.append("<p class=\"t\">").append(e(s.emptyText())).append("</p>");
            }
        }
        h.append("<table class=\"sign\"><tr><td>").append(e(d.signaturePosition()))
                .append("</td><td style=\"text-align: right\">").append(e(d.signatureName())).append("</td></tr></table>");
        if (d.executor() != null) {
            h.append("<p class=\"ex\">").append(e(d.executor())).append("</p>");
        }
        return h.append("</body></html>").toString();
    }

    private void table(StringBuilder h, OfficialDocument.Table t) {
        h.append("<table><colgroup>");
        for (Integer w : t.widths()) {
            h.append("<col style=\"width: ").append(w).append("%\"/>");
        }
        h.append("</colgroup><thead><tr>");
        t.headers().forEach(x -> h.append("<th>").append(e(x)).append("</th>"));
        h.append("</tr></thead><tbody>");
        for (List<Object> row : t.rows()) {
            h.append("<tr>");
            for (int c = 0; c < t.headers().size(); c++) {
                Object v = c < row.size() ? row.get(c) : "";
                h.append("<td>");
                if (v instanceof OfficialDocument.Link link) {
                    if (link.before() != null && !link.before().isBlank()) {
                        h.append(e(link.before())).append("<br/>");
                    }
                    h.append("<a href=\"").append(HtmlUtils.htmlEscape(link.url(), "UTF-8")).append("\">")
                            .append(e(link.label())).append("</a>");
                } else {
                    h.append(e(OfficialDocuments.text(v)));
                }
                h.append("</td>");
            }
            h.append("</tr>");
        }
        h.append("</tbody></table>");
    }

    private static String e(String s) {
        return s == null ? "" : HtmlUtils.htmlEscape(s, "UTF-8").replace("\n", "<br/>");
    }
}
