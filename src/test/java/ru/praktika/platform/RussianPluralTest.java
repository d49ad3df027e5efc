package ru.praktika.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RussianPluralTest {

    @Test
    void choosesTheRussianForm() {
        assertThat(RussianPlural.form(1)).isEqualTo("one");
        assertThat(RussianPlural.form(21)).isEqualTo("one");
        assertThat(RussianPlural.form(2)).isEqualTo("few");
        assertThat(RussianPlural.form(34)).isEqualTo("few");
        assertThat(RussianPlural.form(5)).isEqualTo("many");
        assertThat(RussianPlural.form(11)).isEqualTo("many");
        assertThat(RussianPlural.form(12)).isEqualTo("many");
        assertThat(RussianPlural.form(111)).isEqualTo("many");
        assertThat(RussianPlural.form(0)).isEqualTo("many");
    }
}
