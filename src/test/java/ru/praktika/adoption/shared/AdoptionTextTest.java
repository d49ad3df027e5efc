package ru.praktika.adoption.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The roadmap's "responsible" column: body and person joined, never a dangling comma. */
class AdoptionTextTest {

    private final AdoptionText text = new AdoptionText();

    @Test
    void blankPartsLeaveNoComma() {
        assertThat(text.joined("Минздрав", null)).isEqualTo("Минздрав");
        assertThat(text.joined("Минздрав", "  ")).isEqualTo("Минздрав");
        assertThat(text.joined(null, "Иванов И. И.")).isEqualTo("Иванов И. И.");
        assertThat(text.joined("Минздрав", "Иванов И. И.")).isEqualTo("Минздрав, Иванов И. И.");
    }
}
