package ru.praktika.practices.showcase;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.ui.ExtendedModelMap;
import ru.praktika.platform.NotFoundException;

/** Off (the product's default): both showcase pages are a 404 before anything is read (the queries are absent). */
class ShowcaseOffTest {

    @Test
    void aShowcaseSwitchedOffAnswersNotFoundForTheListAndEveryCard() {
        ShowcaseController off = new ShowcaseController(new ShowcaseSettings(false, List.of()), null);
        assertThatThrownBy(() -> off.list(null, null, new ExtendedModelMap())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> off.card("1", new ExtendedModelMap())).isInstanceOf(NotFoundException.class);
    }
}
