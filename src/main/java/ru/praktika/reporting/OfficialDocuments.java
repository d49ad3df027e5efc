package ru.praktika.reporting;

import java.time.LocalDate;

/** How the writers turn requisites and cells of an {@link OfficialDocument} into text alike. */
final class OfficialDocuments {

    private OfficialDocuments() {
    }

    /** The date and registration number requisites on one line, blanks where they are not known yet. */
    static String dateAndNumber(OfficialDocument d) {
        String date = d.date() == null ? DocumentParts.BLANK : DocumentParts.DATE.format(d.date());
        String number = d.registrationNumber() == null || d.registrationNumber().isBlank() ? "________"
                : d.registrationNumber();
        return date + " № " + number;
    }

    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate date) {
            return DocumentParts.DATE.format(date);
        }
        if (value instanceof OfficialDocument.Link link) {
            return link.text();
        }
        return value.toString();
    }
}
