package ru.praktika.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import ru.praktika.directory.Directory;
import ru.praktika.platform.MutableClock;
import ru.praktika.reporting.ReportFixturesData;
import ru.praktika.reporting.ReportingFixtures;

/**
 * The quarter's report end to end: the officer reviews it, the head signs it off, it is submitted, the
 * coordinator sees it on the board, accepts it and downloads the consolidated DOCX.
 */
@Import(ReportingFixtures.class)
class ReportingJourneyTest extends BrowserJourney {

    static final String PRACTICE = "Бережливая поликлиника: запись к врачу за один звонок";
    static final String IMPLEMENTATION = "Школа здоровья для пациентов с сахарным диабетом";

    @Autowired
    MutableClock clock;
    @Autowired
    Directory directory;
    @Autowired
    ReportingFixtures.FixturePractices practices;
    @Autowired
    ReportingFixtures.FixtureImplementations implementations;

    Long minzdrav;

    @BeforeEach
    void data() {
        minzdrav = ReportFixturesData.body(directory, "minzdrav");
        var health = ReportFixturesData.category(directory, "health");
        practices.set(minzdrav, List.of(ReportFixturesData.placement(801, PRACTICE, health)));
        implementations.set(minzdrav, List.of(ReportFixturesData.implementation(802, IMPLEMENTATION, health)));
        clock.setTo(LocalDate.of(2027, 1, 11)); // Q4 2026 is due 15.01.2027
    }

    @AfterEach
    void resetData() {
        practices.clear();
        implementations.clear();
        clock.reset();
    }

    @Test
    void officerReviewsHeadSignsCoordinatorAcceptsAndDownloadsTheConsolidatedDocx() throws Exception {
        logIn("officer.zdrav");
        open("/reporting");
        screenshot("reporting-01-officer-periods");
        click(By.cssSelector("a[data-period='2026-Q4']"));
        assertThat(find(By.id("section1")).getText()).contains(PRACTICE);
        assertThat(find(By.id("section2")).getText()).contains(IMPLEMENTATION);
        find(By.id("row-P:801")).sendKeys("Практика размещена, заявка одобрена АНО АСИ");
        find(By.id("comment")).sendKeys("Работа ведётся по плану");
        screenshot("reporting-02-officer-reviews");
        click(By.id("save"));
        assertThat(find(By.cssSelector(".alert-success")).getText()).isEqualTo("Отчёт сохранён.");
        assertThat(find(By.id("row-P:801")).getAttribute("value")).isEqualTo("Практика размещена, заявка одобрена АНО АСИ");
        click(By.id("send"));
        assertThat(find(By.id("report-status")).getText()).isEqualTo("На подписании");
        logOut();

        logIn("head.zdrav");
        open("/reporting/bodies/" + minzdrav + "/2026-Q4");
        assertThat(find(By.id("section1")).getText()).contains("Практика размещена, заявка одобрена АНО АСИ");
        screenshot("reporting-03-head-before-signing");
        click(By.id("sign"));
        assertThat(find(By.id("report-status")).getText()).isEqualTo("Представлен");
        assertThat(find(By.id("frozen-note")).getText()).contains("в срок");
        screenshot("reporting-04-submitted");
        logOut();

        logIn("coordinator");
        open("/reporting/board?period=2026-Q4");
        String row = find(By.cssSelector("#board tr[data-body='minzdrav']")).getText();
        assertThat(row).contains("Министерство здравоохранения Амурской области", "Представлен в срок");
        assertThat(find(By.cssSelector("#board tr[data-body='minsoc']")).getText()).contains("Не начат", "осталось 4 дня");
        screenshot("reporting-05-coordinator-board");
        click(By.cssSelector("#board tr[data-body='minzdrav'] a"));
        click(By.id("accept"));
        assertThat(find(By.id("report-status")).getText()).isEqualTo("Принят");
        screenshot("reporting-06-accepted");

        open("/reporting/consolidated?scope=2026-Q4");
        assertThat(find(By.id("by-body")).getText()).contains("Минздрав", "Принят");
        screenshot("reporting-07-consolidated");
        String href = find(By.id("cons-docx")).getAttribute("href");
        byte[] docx = download(href);
        Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(Path.of("target", "screenshots", "reporting-consolidated-2026-Q4.docx"), docx);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(new XWPFWordExtractor(doc).getText()).contains("СВОДНЫЙ ОТЧЁТ", "IV квартал 2026 г.", PRACTICE,
                    IMPLEMENTATION, "Практика размещена, заявка одобрена АНО АСИ");
        }
    }

    /** Scrolls the element to the middle of the window first: the footer must not catch the click. */
    private void click(By by) {
        var element = find(by);
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
        // Every click here posts a form or follows a link: wait for the page to go, so the next step acts on the new one.
        wait.until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(element));
    }

    /** Downloads with the browser's session, as the click on the link would. */
    private byte[] download(String url) throws Exception {
        String cookies = browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookies).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).contains(".docx");
        return response.body();
    }

    @SuppressWarnings("unused")
    private static String name(Cookie c) {
        return c.getName();
    }
}
