package ru.praktika.adoption.catalogue;

import java.util.Objects;

/** The fields of a catalogue card, as typed by hand or read from an import row. */
public record PracticeCard(String smartekaUrl, String title, Long sourceSubjectId, Long categoryId, String summary,
                    String algorithm, String results, String ownerContacts, String tags, boolean recommended,
                    Integer recommendedYear) {

    /** Same content as what is stored (an import that brings nothing new changes nothing). */
    boolean sameAs(PracticeCard other) {
        return Objects.equals(smartekaUrl, other.smartekaUrl) && Objects.equals(title, other.title)
                && Objects.equals(sourceSubjectId, other.sourceSubjectId) && Objects.equals(categoryId, other.categoryId)
                && Objects.equals(summary, other.summary) && Objects.equals(algorithm, other.algorithm)
                && Objects.equals(results, other.results) && Objects.equals(ownerContacts, other.ownerContacts)
                && Objects.equals(tags, other.tags) && recommended == other.recommended
                && Objects.equals(recommended ? recommendedYear : null, other.recommended ? other.recommendedYear : null);
    }
}
