package ru.praktika.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

/**
 * Every kind of broken profile ends the start with one readable block: the file, the key path, the line,
 * what is wrong and how to fix it — the text an operator sees instead of a stack trace.
 */
class BrokenRegionProfileTest {

    /** A valid profile; each test breaks one thing in it. Line numbers below count from 1. */
    private static final String VALID = """
            region: { code: test, name: Тестовая область, nameGenitive: Тестовой области }
            legalAct: { kind: Постановление, number: "1", date: 2027-02-01, title: О Смартеке }
            coordinator: econ
            bodies:
              - { code: econ, fullName: Министерство экономики, shortName: Минэкономики }
              - { code: health, fullName: Министерство здравоохранения, shortName: Минздрав }
            categories:
              - { code: health, name: Здравоохранение, bodies: [health] }
              - { code: business, name: Предпринимательство, bodies: [econ, health] }
            criteria:
              - { code: RATINGS, letter: а, scope: REGION, wording: рейтинги }
            placementRule: ALL
            reporting: { period: HALF_YEAR, dueDay: 20, monthsAfter: 1, shift: NONE }
            municipalities:
              - { name: город Тестовск, type: CITY_OKRUG, validFrom: 2006-01-01 }
            """;

    @Test
    void theValidProfileIsAccepted() {
        assertThat(RegionProfileReader.read(file(VALID)).bodies()).hasSize(2);
    }

    @Test
    void aMissingFile() {
        FailureAnalysis a = analysisOf(new FileSystemResource("/nonexistent/region.yml"));
        assertThat(a.getDescription()).contains("/nonexistent/region.yml").contains("файл не найден");
        assertThat(a.getAction()).contains("praktika.region-profile");
    }

    @Test
    void anEmptyFile() {
        assertThat(analysisOf(file("  \n")).getDescription()).contains("файл пуст");
    }

    @Test
    void badYamlSyntaxNamesTheLine() {
        FailureAnalysis a = analysisOf(file(VALID.replace("coordinator: econ", "coordinator: \"econ")));
        assertThat(a.getDescription()).contains("синтаксическая ошибка YAML").containsPattern("строка \\d+");
    }

    @Test
    void anUnknownKeyIsAnErrorNotDroppedSilently() {
        FailureAnalysis a = analysisOf(file(VALID.replace("coordinator: econ", "coordinator: econ\ncoordinater: econ")));
        assertThat(a.getDescription()).contains("строка 4").contains("неизвестный ключ «coordinater»");
        assertThat(a.getAction()).contains("coordinator");
    }

    @Test
    void aMalformedDate() {
        FailureAnalysis a = analysisOf(file(VALID.replace("date: 2027-02-01", "date: 01.02.2027")));
        assertThat(a.getDescription()).contains("строка 2").contains("legalAct.date").contains("«01.02.2027»");
        assertThat(a.getAction()).contains("ГГГГ-ММ-ДД");
    }

    @Test
    void anUnknownEnumValueListsTheAllowedOnes() {
        FailureAnalysis a = analysisOf(file(VALID.replace("period: HALF_YEAR", "period: MONTHLY")));
        assertThat(a.getDescription()).contains("reporting.period").contains("MONTHLY");
        assertThat(a.getAction()).contains("QUARTER, HALF_YEAR, YEAR");
    }

    @Test
    void aMissingCoordinator() {
        FailureAnalysis a = analysisOf(file(VALID.replace("coordinator: econ\n", "")));
        assertThat(a.getDescription()).contains("ключ coordinator: обязательный ключ не заполнен");
    }

    @Test
    void aCoordinatorThatIsNotABody() {
        FailureAnalysis a = analysisOf(file(VALID.replace("coordinator: econ", "coordinator: ghost")));
        assertThat(a.getDescription()).contains("строка 3, ключ coordinator").contains("«ghost»");
    }

    @Test
    void aCategoryNamingAnUnknownBodyPointsAtItsLine() {
        FailureAnalysis a = analysisOf(file(VALID.replace("bodies: [econ, health]", "bodies: [econ, nobody]")));
        assertThat(a.getDescription()).contains("строка 9, ключ categories[1].bodies[1]").contains("«nobody»");
    }

    @Test
    void aBodyDeclaredTwice() {
        FailureAnalysis a = analysisOf(file(VALID.replace("code: health, fullName", "code: econ, fullName")));
        assertThat(a.getDescription()).contains("bodies[1].code").contains("встречается дважды");
    }

    @Test
    void aMissingLegalAct() {
        FailureAnalysis a = analysisOf(file(VALID.replaceFirst("legalAct: .*\n", "")));
        assertThat(a.getDescription()).contains("ключ legalAct: обязательный ключ не заполнен");
    }

    @Test
    void aDueDayThatSomeMonthsDoNotHave() {
        FailureAnalysis a = analysisOf(file(VALID.replace("dueDay: 20", "dueDay: 31")));
        assertThat(a.getDescription()).contains("строка 13, ключ reporting.dueDay").contains("31");
    }

    @Test
    void aDemoCastNamingACategoryOfAnotherBody() {
        assertThat(RegionProfileReader.read(file(VALID + "demo: { bodies: [health], categories: [business], municipality: город Тестовск }\n"))
                .demo().bodies()).containsExactly("health");
        FailureAnalysis a = analysisOf(file(VALID + "demo: { bodies: [econ], categories: [health], municipality: город Нетовск }\n"));
        assertThat(a.getDescription()).contains("demo.categories[0]").contains("demo.municipality").contains("«город Нетовск»");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        FailureAnalysis a = analysisOf(file(VALID.replace("coordinator: econ", "coordinator: ghost")
                .replace("bodies: [health]", "bodies: [nobody]")));
        assertThat(a.getDescription()).contains("coordinator").contains("categories[0].bodies[0]");
    }

    private static Resource file(String yaml) {
        return new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8), "файл region.yml");
    }

    private static FailureAnalysis analysisOf(Resource resource) {
        RegionProfileException e = catchThrowableOfType(RegionProfileException.class, () -> RegionProfileReader.read(resource));
        assertThat(e).as("the profile must be refused").isNotNull();
        return new RegionProfileFailureAnalyzer().analyze(new IllegalStateException("context failed", e));
    }
}
