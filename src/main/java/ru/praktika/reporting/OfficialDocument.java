package ru.praktika.reporting;

import java.util.List;

/**
 * A document in neutral form — requisites, sections, tables — that the DOCX, XLSX and PDF writers render
 * alike, so the three files always say the same thing.
 */
record OfficialDocument(String fileName, String organisation, String documentType, String dateLine, String heading,
                        List<Section> sections, String signaturePosition, String signatureName, String executor) {

    record Section(String heading, List<String> paragraphs, Table table) {
    }

    /** {@code widths}: relative column widths (they add up to 100). */
    record Table(String sheetName, List<String> headers, List<Integer> widths, List<List<String>> rows) {
    }
}
