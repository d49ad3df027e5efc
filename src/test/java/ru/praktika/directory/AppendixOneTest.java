package ru.praktika.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.praktika.PraktikaTest;

/** The directory holds App. 1 of decree No. 494 exactly: every category, every body, in the decree's order. */
@PraktikaTest
class AppendixOneTest {

    private static final String OBL = " Амурской области";

    /** Transcribed from seed/decree-494.txt, App. 1. */
    static final Map<String, List<String>> DECREE = new LinkedHashMap<>();

    static {
        DECREE.put("Здравоохранение", List.of("Министерство здравоохранения" + OBL,
                "Министерство по физической культуре и спорту" + OBL));
        DECREE.put("Туризм", List.of("Министерство внешних связей и туризма" + OBL));
        DECREE.put("Комфортная среда", List.of("Министерство жилищно-коммунального хозяйства" + OBL,
                "Министерство сельского хозяйства" + OBL, "Министерство транспорта и дорожного хозяйства" + OBL,
                "Министерство строительства и архитектуры" + OBL));
        DECREE.put("Креативная экономика", List.of("Министерство экономического развития" + OBL,
                "Министерство культуры и национальной политики" + OBL,
                "Автономная некоммерческая организация «Центр развития территорий»"));
        DECREE.put("Экология", List.of("Министерство природных ресурсов" + OBL,
                "Министерство лесного хозяйства и пожарной безопасности" + OBL));
        DECREE.put("Социальная поддержка", List.of("Министерство социальной защиты населения" + OBL,
                "Управление молодежной политики" + OBL));
        DECREE.put("Образование", List.of("Министерство образования и науки" + OBL));
        DECREE.put("Кадровый потенциал", List.of("Министерство проектного управления и кадровой политики" + OBL,
                "Министерство здравоохранения" + OBL, "Министерство образования и науки" + OBL,
                "Министерство сельского хозяйства" + OBL, "Управление занятости населения" + OBL));
        DECREE.put("Развитие предпринимательства", List.of("Министерство экономического развития" + OBL,
                "Министерство внешних связей и туризма" + OBL, "Министерство сельского хозяйства" + OBL,
                "Министерство социальной защиты населения" + OBL, "Министерство культуры и национальной политики" + OBL,
                "Министерство образования и науки" + OBL, "Министерство транспорта и дорожного хозяйства" + OBL,
                "Министерство лесного хозяйства и пожарной безопасности" + OBL,
                "Министерство по физической культуре и спорту" + OBL, "Министерство природных ресурсов" + OBL,
                "Министерство здравоохранения" + OBL, "Министерство строительства и архитектуры" + OBL,
                "Министерство цифрового развития и связи" + OBL, "Управление занятости населения" + OBL));
        DECREE.put("Региональное и муниципальное управление", List.of("Министерство цифрового развития и связи" + OBL,
                "Министерство экономического развития" + OBL,
                "Министерство проектного управления и кадровой политики" + OBL));
    }

    @Autowired
    Directory directory;

    @Test
    void holdsEveryCategoryAndBodyOfAppendixOneNameByName() {
        Map<String, List<String>> actual = new LinkedHashMap<>();
        for (Directory.CategoryBodies row : directory.appendixOne(LocalDate.of(2026, 6, 9))) {
            actual.put(row.category().getName(), row.bodies().stream().map(ResponsibleBody::getFullName).toList());
        }
        assertThat(actual).containsExactlyEntriesOf(DECREE);
        assertThat(actual.get("Развитие предпринимательства")).hasSize(14);
    }

    @Test
    void namesEveryBodyOnceAndTheCoordinator() {
        long distinct = DECREE.values().stream().flatMap(List::stream).distinct().count();
        assertThat(directory.bodies()).hasSize((int) distinct).hasSize(18);
        assertThat(directory.coordinator().getFullName()).isEqualTo("Министерство экономического развития" + OBL);
    }

    @Test
    void recordsTheLegalBasisAndTheRepealedActs() {
        assertThat(directory.legalBasis())
                .extracting(LegalAct::getNumber, LegalAct::getDate, LegalAct::getStatus)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("494", LocalDate.of(2026, 6, 9), LegalActStatus.IN_FORCE),
                        org.assertj.core.groups.Tuple.tuple("188", LocalDate.of(2021, 4, 1), LegalActStatus.REPEALED),
                        org.assertj.core.groups.Tuple.tuple("608", LocalDate.of(2022, 6, 24), LegalActStatus.REPEALED));
    }

    @Test
    void holdsTheFourCriteriaAndTheReportingRule() {
        assertThat(directory.placementCriteria()).extracting(PlacementCriterion::getLetter)
                .containsExactly("а", "б", "в", "г");
        assertThat(directory.placementCriteria().get(0).getScope()).isEqualTo(PlacementCriterion.Scope.REGION);
        Region region = directory.region();
        assertThat(region.getReportPeriod()).isEqualTo(Region.ReportPeriod.QUARTER);
        assertThat(region.getReportDueDay()).isEqualTo(15);
        assertThat(region.getDeadlineShift()).isEqualTo(Region.DeadlineShift.NEXT_WORKING_DAY);
        assertThat(directory.municipalities()).hasSize(29);
    }

    @Test
    void beforeTheDecreeNoBodyWasAssigned() {
        assertThat(directory.appendixOne(LocalDate.of(2026, 6, 8)))
                .allSatisfy(row -> assertThat(row.assignments()).isEmpty());
    }
}
