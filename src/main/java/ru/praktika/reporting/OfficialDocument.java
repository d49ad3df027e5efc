package ru.praktika.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * A document in neutral form that the DOCX, XLSX and PDF writers render alike, with the requisites of
 * ГОСТ Р 7.0.97-2016: the organisation, the addressee, the document type, date and registration number
 * (blank lines when not registered yet), the heading, a draft mark, the signature (position, initials and
 * surname) and the executor (full name and phone).
 *
 * @param addressee  null when the document goes to nobody in particular (the consolidated report)
 * @param date       null until the document is signed: the writers print a blank line to fill in by hand
 * @param period     the period in words, for spreadsheet titles
 * @param asOf       the day the data stand on, for spreadsheet titles
 */
record OfficialDocument(String fileName, String organisation, List<String> addressee, String documentType,
                        LocalDate date, String registrationNumber, String heading, String period, LocalDate asOf,
                        String draftMark, List<Section> sections, String signaturePosition, String signatureName,
                        String executor) {

    /** A section: its heading, its paragraphs, its table; {@code emptyText} stands for a table without rows. */
    record Section(String heading, List<String> paragraphs, Table table, String emptyText) {

        Section(String heading, List<String> paragraphs, Table table) {
            this(heading, paragraphs, table, null);
        }
    }

    /**
     * {@code widths}: relative column widths (they add up to 100). A cell is text, an Integer, a LocalDate
     * or a {@link Link}.
     */
    record Table(String sheetName, List<String> headers, List<Integer> widths, List<List<Object>> rows) {
    }

    /** Text lines followed by a short link label that points to a long address. */
    record Link(String before, String label, String url) {

        /** All of it as plain text (the label, not the address). */
        String text() {
            return before == null || before.isBlank() ? label : before + "\n" + label;
        }
    }
}
