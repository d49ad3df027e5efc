package ru.praktika.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.praktika.PraktikaTest;

@PraktikaTest
class FederalSubjectTest {

    @Autowired
    FederalSubjectRepository subjects;

    @Test
    void all89SubjectsInEightFederalDistricts() {
        List<FederalSubject> all = subjects.findAllByOrderBySortOrder();
        assertThat(all).hasSize(89);
        assertThat(all.stream().map(FederalSubject::getFederalDistrict).distinct()).hasSize(8);
        assertThat(subjects.findByCode("28")).get().extracting(FederalSubject::getName).isEqualTo("Амурская область");
        assertThat(subjects.findByNameIgnoreCase("ставропольский край")).isPresent();
    }
}
