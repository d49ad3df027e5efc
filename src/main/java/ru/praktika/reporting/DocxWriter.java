package ru.praktika.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.springframework.stereotype.Component;

/**
 * DOCX as an official document per ГОСТ Р 7.0.97-2016: A4, margins left 20, right 10, top and bottom 20 mm,
 * Times New Roman 14 (11 in tables), page numbers at the top centre from the second page, requisites
 * (draft mark, organisation, addressee, document type, date and number, heading, signature, executor),
 * tables whose header row repeats on every page, links as hyperlinks.
 */
@Component
class DocxWriter {

    static final String FONT = "Times New Roman";
    /** 1 mm = 56.7 twips. */
    static final int A4_WIDTH = 11906;
    static final int A4_HEIGHT = 16838;
    static final int MARGIN_20 = 1134;
    static final int MARGIN_10 = 567;
    private static final int TEXT_WIDTH = A4_WIDTH - MARGIN_20 - MARGIN_10;
    /** Tables in 10 pt: with the chosen widths the longest words of each column stay whole. */
    private static final int TABLE_SIZE = 10;

    byte[] write(OfficialDocument d) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            pageSetup(doc);
            // Word hyphenates Russian text where a word still does not fit (runs are marked ru-RU).
            var settings = doc.getSettings().getCTSettings();
            if (!settings.isSetAutoHyphenation()) {
                settings.addNewAutoHyphenation();
            }
            if (d.draftMark() != null) {
                XWPFParagraph mark = doc.createParagraph();
                mark.setAlignment(ParagraphAlignment.RIGHT);
                XWPFRun r = run(mark, d.draftMark(), true, 14);
                r.setColor("C00000");
            }
            centred(doc, d.organisation(), true, 14);
            if (d.addressee() != null && !d.addressee().isEmpty()) {
                // The addressee stands in the upper right (ГОСТ Р 7.0.97-2016, cl. 5.15): the right half of the line.
                XWPFParagraph to = doc.createParagraph();
                to.setIndentationLeft(TEXT_WIDTH / 2);
                to.setSpacingBefore(240);
                to.setSpacingAfter(240);
                lines(to, String.join("\n", d.addressee()), false, 14);
            }
            centred(doc, d.documentType(), true, 14);
            XWPFParagraph dateLine = doc.createParagraph();
            dateLine.setSpacingAfter(240);
            run(dateLine, OfficialDocuments.dateAndNumber(d), false, 14);
            centred(doc, d.heading(), true, 14);
            for (OfficialDocument.Section s : d.sections()) {
                if (s.heading() != null) {
                    XWPFParagraph p = doc.createParagraph();
                    p.setSpacingBefore(240);
                    p.setSpacingAfter(120);
                    p.setKeepNext(true);
                    run(p, s.heading(), true, 14);
                }
                for (String text : s.paragraphs()) {
                    XWPFParagraph p = doc.createParagraph();
                    p.setAlignment(ParagraphAlignment.BOTH);
                    p.setIndentationFirstLine(709);
                    lines(p, text, false, 14);
                }
                if (s.table() != null && !s.table().rows().isEmpty()) {
                    table(doc, s.table());
                } else if (s.emptyText() != null && (s.table() != null || s.paragraphs().isEmpty())) {
                    XWPFParagraph p = doc.createParagraph();
                    p.setIndentationFirstLine(709);
                    run(p, s.emptyText(), false, 14);
                }
            }
            XWPFParagraph sign = doc.createParagraph();
            sign.setSpacingBefore(480);
            var ppr = sign.getCTP().isSetPPr() ? sign.getCTP().getPPr() : sign.getCTP().addNewPPr();
            var tab = ppr.addNewTabs().addNewTab();
            tab.setPos(BigInteger.valueOf(TEXT_WIDTH));
            tab.setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc.RIGHT);
            XWPFRun r = run(sign, d.signaturePosition(), false, 14);
            r.addTab();
            r.setText(d.signatureName());
            if (d.executor() != null) {
                XWPFParagraph ex = doc.createParagraph();
                ex.setSpacingBefore(720);
                lines(ex, d.executor(), false, 10);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void pageSetup(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        CTPageMar mar = sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(MARGIN_20));
        mar.setBottom(BigInteger.valueOf(MARGIN_20));
        mar.setLeft(BigInteger.valueOf(MARGIN_20));
        mar.setRight(BigInteger.valueOf(MARGIN_10));
        mar.setHeader(BigInteger.valueOf(567));
        mar.setFooter(BigInteger.valueOf(567));
        // The first page carries no number (ГОСТ Р 7.0.97-2016, cl. 6.4): a separate, empty first-page header.
        sect.addNewTitlePg();
        XWPFHeaderFooterPolicy policy = new XWPFHeaderFooterPolicy(doc, sect);
        policy.createHeader(XWPFHeaderFooterPolicy.FIRST);
        XWPFHeader header = policy.createHeader(XWPFHeaderFooterPolicy.DEFAULT);
        XWPFParagraph p = header.getParagraphArray(0) != null ? header.getParagraphArray(0) : header.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        CTSimpleField page = p.getCTP().addNewFldSimple();
        page.setInstr("PAGE \\* MERGEFORMAT");
        org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR fieldRun = page.addNewR();
        fieldRun.addNewRPr().addNewRFonts().setAscii(FONT);
        fieldRun.addNewT().setStringValue("2");
    }

    private void centred(XWPFDocument doc, String text, boolean bold, int size) {
        if (text == null) {
            return;
        }
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(120);
        run(p, text, bold, size);
    }

    private XWPFRun run(XWPFParagraph p, String text, boolean bold, int size) {
        XWPFRun r = p.createRun();
        r.setLang("ru-RU");
        r.setFontFamily(FONT);
        r.setFontSize(size);
        r.setBold(bold);
        r.setText(text == null ? "" : text);
        return r;
    }

    private void table(XWPFDocument doc, OfficialDocument.Table t) {
        XWPFTable table = doc.createTable(t.rows().size() + 1, t.headers().size());
        table.setTableAlignment(TableRowAlign.CENTER);
        table.setWidth(String.valueOf(TEXT_WIDTH));
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        int[] widths = new int[t.headers().size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = TEXT_WIDTH * t.widths().get(i) / 100;
            grid.addNewGridCol().setW(BigInteger.valueOf(widths[i]));
        }
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int c = 0; c < widths.length; c++) {
            cell(header.getCell(c), t.headers().get(c), true, widths[c]);
            header.getCell(c).setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        }
        for (int r = 0; r < t.rows().size(); r++) {
            XWPFTableRow row = table.getRow(r + 1);
            List<Object> values = t.rows().get(r);
            for (int c = 0; c < widths.length; c++) {
                cell(row.getCell(c), c < values.size() ? values.get(c) : "", false, widths[c]);
            }
        }
    }

    private void cell(XWPFTableCell cell, Object value, boolean bold, int width) {
        cell.setWidth(String.valueOf(width));
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setSpacingAfter(0);
        if (bold) {
            p.setAlignment(ParagraphAlignment.CENTER);
        }
        if (value instanceof OfficialDocument.Link link) {
            if (link.before() != null && !link.before().isBlank()) {
                lines(p, link.before(), false, TABLE_SIZE).addBreak();
            }
            XWPFHyperlinkRun h = p.createHyperlinkRun(link.url());
            h.setFontFamily(FONT);
            h.setFontSize(TABLE_SIZE);
            h.setUnderline(UnderlinePatterns.SINGLE);
            h.setColor("0563C1");
            h.setText(link.label());
        } else {
            lines(p, OfficialDocuments.text(value), bold, TABLE_SIZE);
        }
    }

    /** Text with line breaks as Word line breaks (a bare newline would show as a space). */
    private XWPFRun lines(XWPFParagraph p, String text, boolean bold, int size) {
        String[] parts = (text == null ? "" : text).split("\n", -1);
        XWPFRun r = p.createRun();
        r.setLang("ru-RU");
        r.setFontFamily(FONT);
        r.setFontSize(size);
        r.setBold(bold);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                r.addBreak();
            }
            r.setText(parts[i], i);
        }
        return r;
    }
}
