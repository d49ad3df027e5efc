package ru.praktika.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;
import ru.praktika.PraktikaTest;
import ru.praktika.accounts.TestUsers;
import ru.praktika.directory.Directory;

/** Issue 9, point 4: the small things users noticed, each checked where it shows. */
@PraktikaTest
class SmallThingsTest {

    private static final Locale RU = Locale.forLanguageTag("ru-RU");

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired Directory directory;
    @Autowired MessageSource messages;

    @Test
    void theFaviconIsAnSvgLinkedFromEveryPage() throws Exception {
        assertThat(mvc.perform(get("/img/favicon.svg")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("<svg");
        assertThat(page("officer.zdrav", "/").select("link[rel=icon][type=image/svg+xml]").attr("href")).isEqualTo("/img/favicon.svg");
    }

    @Test
    void helpIsInTheApplicationAndTheImportPageLinksItAndTheTemplateNotTheRepositoryDocs() throws Exception {
        Document help = page("officer.zdrav", "/help");
        assertThat(help.select("h1").text()).isEqualTo("Справка");
        assertThat(help.select("#import").text()).isEqualTo("Импорт каталога Смартеки");
        assertThat(help.select("#import-columns td").eachText()).contains("Ссылка на Смартеке", "Год рекомендации");
        assertThat(page("observer", "/help").select("h1").text()).isEqualTo("Справка");
        Document importPage = page("officer.zdrav", "/adoption/catalogue/import");
        assertThat(importPage.text()).doesNotContain("docs/adoption.md");
        assertThat(importPage.select("#import-template").attr("href")).isEqualTo("/adoption/catalogue/import/template.xlsx");
        assertThat(importPage.select("a[href=/help#import]")).hasSize(1);
        assertThat(page("coordinator", "/").select("#nav-help").attr("href")).isEqualTo("/help");
    }

    @Test
    void appendixOneLinksEachBodyToItsPageWhereTheReaderMayOpenIt() throws Exception {
        Long minzdrav = directory.bodies().stream().filter(b -> b.getCode().equals("minzdrav")).findFirst().orElseThrow().getId();
        assertThat(page("coordinator", "/directory").select("a.body-link").eachAttr("href"))
                .contains("/directory/bodies/" + minzdrav).hasSizeGreaterThan(10);
        assertThat(page("officer.zdrav", "/directory").select("a.body-link").eachAttr("href"))
                .isNotEmpty().allMatch(href -> href.equals("/directory/bodies/" + minzdrav));
        assertThat(page("mun.blag", "/directory").select("a.body-link")).isEmpty();
    }

    @Test
    void theBodysMunicipalSettingsAreReachableFromTheBodyPageAndTheNavigation() throws Exception {
        Long minzdrav = directory.bodies().stream().filter(b -> b.getCode().equals("minzdrav")).findFirst().orElseThrow().getId();
        Document body = page("officer.zdrav", "/directory/bodies/" + minzdrav);
        assertThat(body.select("#body-municipal-settings").attr("href")).isEqualTo("/adoption/settings");
        assertThat(body.select("#nav-municipal-settings").attr("href")).isEqualTo("/adoption/settings");
        assertThat(page("head.zdrav", "/").select("#nav-municipal-settings")).hasSize(1);
        assertThat(page("observer", "/directory/bodies/" + minzdrav).select("#body-municipal-settings")).isEmpty();
    }

    @Test
    void aMunicipalitysActivitiesNameTheirPracticeAndResponsibleBody() throws Exception {
        Document list = page("mun.blag", "/adoption/municipal");
        assertThat(list.select("#municipal-activities thead").text()).contains("Практика", "Ответственный орган");
        assertThat(list.select("#municipal-activities tbody tr")).isNotEmpty().allSatisfy(row -> {
            assertThat(row.select(".activity-practice").text()).isNotBlank();
            assertThat(row.select(".activity-body").text()).isNotBlank();
        });
    }

    @Test
    void yearsAreWrittenWithoutAThousandsSpaceAndAPeriodLabelIsNotFollowedByASecondDot() {
        assertThat(messages.getMessage("practices.rating.current", new Object[] {2026, "31.12.2026"}, RU)).contains("выпуск 2026 года");
        assertThat(messages.getMessage("practices.criteria.regionMet", new Object[] {2026, 5, 7, 10, "31.12.2026"}, RU))
                .contains("рейтинги 2026 года");
        String label = "IV квартал 2026 г.";
        java.util.Map<String, Object[]> texts = java.util.Map.of(
                "notifications.report.returned.text", new Object[] {label, "Нет данных"},
                "notifications.report.accepted.text", new Object[] {label},
                "notifications.head.report.text", new Object[] {label},
                "notifications.report.submitted.onTime", new Object[] {"Минздрав", label},
                "reporting.waiting.toSign.title", new Object[] {label});
        texts.forEach((key, args) -> assertThat(messages.getMessage(key, args, RU)).as(key).doesNotContain("г.."));
        for (String form : new String[] {"one", "few", "many"}) {
            // the status badge already says "Просрочен": the days column must not repeat it
            assertThat(messages.getMessage("reporting.daysOverdue." + form, new Object[] {3}, RU)).doesNotContainIgnoringCase("просрочен");
        }
    }

    private Document page(String user, String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(users.as(user))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }
}
