package ru.praktika.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The region profile is the only place a decree is described; another region needs only a new file. */
class RegionProfileTest {

    @Test
    void readsTheAmurProfile() {
        RegionProfile p = RegionProfileReader.read(new ClassPathResource("regions/amur.yml"));
        assertThat(p.region().name()).isEqualTo("Амурская область");
        assertThat(p.categories()).hasSize(10);
        assertThat(p.bodies()).hasSize(18);
        assertThat(p.reporting().dueDay()).isEqualTo(15);
        assertThat(p.repealedActs()).extracting(RegionProfile.Act::number).containsExactly("188", "608");
    }

    @Test
    void anotherRegionIsConfiguredByItsOwnFile() {
        RegionProfile p = RegionProfileReader.read(new ClassPathResource("regions/test-region.yml"));
        assertThat(p.reporting().period()).isEqualTo(Region.ReportPeriod.HALF_YEAR);
        assertThat(p.reporting().shift()).isEqualTo(Region.DeadlineShift.NONE);
        assertThat(p.placementRule()).isEqualTo(Region.PlacementRule.ALL);
        assertThat(p.categories().get(1).bodies()).containsExactly("econ", "health");
    }
}
