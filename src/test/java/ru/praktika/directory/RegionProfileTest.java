package ru.praktika.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The region profile is the only place a decree is described; another region needs only a new file. */
class RegionProfileTest {

    @Test
    void readsTheAmurProfile() throws Exception {
        RegionProfile p = RegionProfileLoader.read(new ClassPathResource("regions/amur.yml"));
        assertThat(p.region().name()).isEqualTo("Амурская область");
        assertThat(p.categories()).hasSize(10);
        assertThat(p.bodies()).hasSize(18);
        assertThat(p.reporting().dueDay()).isEqualTo(15);
        assertThat(p.repealedActs()).extracting(RegionProfile.Act::number).containsExactly("188", "608");
    }

    @Test
    void anotherRegionIsConfiguredByItsOwnFile() throws Exception {
        RegionProfile p = RegionProfileLoader.read(new ClassPathResource("regions/test-region.yml"));
        assertThat(p.reporting().period()).isEqualTo(Region.ReportPeriod.HALF_YEAR);
        assertThat(p.reporting().shift()).isEqualTo(Region.DeadlineShift.NONE);
        assertThat(p.placementRule()).isEqualTo(Region.PlacementRule.ALL);
        assertThat(p.categories().get(1).bodies()).containsExactly("econ", "health");
    }

    @Test
    void refusesAProfileThatNamesAnUnknownBody() {
        RegionProfile broken = new RegionProfile(
                new RegionProfile.RegionInfo("x", "X", "X"), null, List.of(), "econ",
                List.of(new RegionProfile.Body("econ", "Минэкономики", "МЭ", null)),
                List.of(new RegionProfile.CategoryEntry("c", "Категория", List.of("nobody"))),
                List.of(), null, null, List.of());
        assertThatThrownBy(() -> RegionProfileLoader.validate(broken)).hasMessageContaining("nobody");
    }

    @Test
    void refusesACoordinatorThatIsNotABody() {
        RegionProfile broken = new RegionProfile(
                new RegionProfile.RegionInfo("x", "X", "X"), null, List.of(), "ghost",
                List.of(new RegionProfile.Body("econ", "Минэкономики", "МЭ", null)),
                List.of(), List.of(), null, null, List.of());
        assertThatThrownBy(() -> RegionProfileLoader.validate(broken)).hasMessageContaining("ghost");
    }
}
