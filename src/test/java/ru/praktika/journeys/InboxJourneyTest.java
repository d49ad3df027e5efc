package ru.praktika.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import ru.praktika.directory.Directory;
import ru.praktika.platform.DomainException;
import ru.praktika.platform.MutableClock;
import ru.praktika.reporting.BodyReports;

/**
 * Issue 9 as people live it: the head finds the report to sign on the start page and in "Ожидает меня",
 * signs it, and it moves to the coordinator's list; the coordinator's menu stays on one line at 1366 px,
 * and on a 390 px phone nothing pushes the page sideways (tables scroll inside themselves).
 */
class InboxJourneyTest extends BrowserJourney {

    private static final Dimension PHONE = new Dimension(390, 844);

    @Autowired
    MutableClock clock;
    @Autowired
    BodyReports reports;
    @Autowired
    Directory directory;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theHeadSignsFromTheInboxAndTheCoordinatorSeesItToAccept() throws Exception {
        Long minzdrav = directory.bodies().stream().filter(b -> b.getCode().equals("minzdrav")).findFirst().orElseThrow().getId();
        clock.setTo(LocalDate.of(2026, 10, 5)); // Q3 2026 has ended, due 15.10.2026; Q4 runs
        try {
            reports.sendForSignOff(minzdrav, "2026-Q3", null);
        } catch (DomainException empty) {
            reports.edit(minzdrav, "2026-Q3", null, null, true, Map.of());
            reports.sendForSignOff(minzdrav, "2026-Q3", null);
        }

        logIn("head.zdrav");
        assertThat(find(By.cssSelector("#home-inbox [data-group='reporting.waiting.toSign']")).getText())
                .contains("Отчёт за III квартал 2026 г.");
        assertThat(Integer.parseInt(find(By.id("nav-inbox-count")).getText())).isPositive();
        screenshot("inbox-01-head-home");
        open("/inbox");
        screenshot("inbox-02-head-inbox");
        click(By.cssSelector("[data-group='reporting.waiting.toSign'] a"));
        screenshot("inbox-03-head-report");
        click(By.id("sign"));
        assertThat(find(By.id("report-status")).getText()).isEqualTo("Представлен");
        open("/inbox");
        assertThat(browser.findElements(By.cssSelector("[data-group='reporting.waiting.toSign']"))).isEmpty();
        onAPhone("inbox-04-head-inbox-phone", "/inbox");
        browser.manage().deleteAllCookies();

        logIn("coordinator");
        WebElement nav = find(By.cssSelector("nav.navbar"));
        long navHeight = (Long) script("return Math.round(arguments[0].getBoundingClientRect().height);", nav);
        screenshot("inbox-05-coordinator-home");
        assertThat(navHeight).as("the coordinator's navigation at 1366 px, px high (one line)").isLessThan(70L);
        open("/inbox");
        assertThat(find(By.cssSelector("[data-group='reporting.waiting.toAccept']")).getText())
                .contains("Минздрав: отчёт за III квартал 2026 г.");
        screenshot("inbox-06-coordinator-inbox");
        open("/reporting/board?period=2026-Q4");
        assertThat(find(By.id("period-running")).getText()).isEqualTo("идёт");
        screenshot("inbox-07-coordinator-board-running");
        find(By.id("nav-more")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("nav-help")));
        screenshot("inbox-08-coordinator-menu-more");

        for (var page : List.of(Map.entry("inbox-09-phone-practices", "/practices"),
                Map.entry("inbox-10-phone-board", "/reporting/board?period=2026-Q3"),
                Map.entry("inbox-11-phone-consolidated", "/reporting/consolidated?scope=2026-Q3"),
                Map.entry("inbox-12-phone-appendix", "/directory"),
                Map.entry("inbox-13-phone-catalogue", "/adoption/catalogue"),
                Map.entry("inbox-14-phone-help", "/help"))) {
            onAPhone(page.getKey(), page.getValue());
        }
    }

    /** Opens the page at 390 px, takes the whole page in one picture and checks nothing overflows sideways. */
    private void onAPhone(String name, String path) throws Exception {
        browser.manage().window().setSize(PHONE);
        open(path);
        find(By.tagName("h1"));
        long overflow = (Long) script("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        long height = (Long) script("return document.documentElement.scrollHeight;");
        browser.manage().window().setSize(new Dimension(390, (int) Math.min(height, 6000)));
        screenshot(name);
        browser.manage().window().setSize(new Dimension(1366, 900));
        assertThat(overflow).as("horizontal overflow of %s at 390 px", path).isLessThanOrEqualTo(0L);
    }

    private Object script(String js, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(js, args);
    }

    private void click(By by) {
        WebElement element = find(by);
        script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
        wait.until(ExpectedConditions.stalenessOf(element));
    }
}
