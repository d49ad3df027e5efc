package ru.praktika.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An officer of Минздрав creates a practice, adds evidence of criterion в), takes the application to "ready",
 * submits it to Smarteka; the coordinator sees it among the submitted ones and records its publication with
 * the Smarteka link.
 */
class PracticeJourneyTest extends BrowserJourney {

    @Test
    void officerSubmitsAndCoordinatorRecordsPublication() throws Exception {
        String title = "Мобильные ФАПы на автомобильном шасси " + UUID.randomUUID().toString().substring(0, 6);
        logIn("officer.zdrav");
        open("/practices");
        click(By.id("new-practice"));
        type("title", title);
        new org.openqa.selenium.support.ui.Select(find(By.id("categoryId"))).selectByVisibleText("Здравоохранение");
        type("leaderName", "Соколов Игорь Викторович");
        type("leaderPosition", "главный специалист-эксперт");
        type("leaderPhone", "+7 (4162) 20-00-01");
        type("summary", "Передвижные фельдшерско-акушерские пункты объезжают сёла без постоянного медработника.");
        type("problem", "В малых сёлах нет стационарного ФАПа, жители не получают первичную помощь.");
        type("algorithm", "Составить маршрут объезда сёл\nОповестить жителей через администрации\nПринимать пациентов по графику");
        type("results", "Первичная помощь доступна жителям малых сёл.");
        type("indicators0.name", "Сёл на маршруте");
        type("indicators0.unit", "ед.");
        type("indicators0.baseValue", "0");
        type("indicators0.achievedValue", "46");
        type("resourcesStaff", "Фельдшер и водитель на каждый автомобиль");
        type("periodStart", "01.03.2025");
        screenshot("practice-01-new-card");
        click(By.id("save-practice"));

        assertThat(find(By.id("practice-title")).getText()).isEqualTo(title);
        assertThat(find(By.id("completeness")).getText()).contains("Все обязательные разделы заполнены");
        assertThat(find(By.id("verdict")).getAttribute("data-eligible")).isEqualTo("false");

        new org.openqa.selenium.support.ui.Select(find(By.id("criterionCode"))).selectByValue("ASI_LEADERSHIP");
        type("number", "244");
        type("date", "01.09.2025");
        click(By.id("add-evidence"));
        assertThat(find(By.id("verdict")).getAttribute("data-eligible")).isEqualTo("true");
        screenshot("practice-02-evidence-added");

        moveTo("CRITERIA_CHECK");
        assertThat(status()).isEqualTo("CRITERIA_CHECK");
        moveTo("READY");
        assertThat(status()).isEqualTo("READY");
        click(By.id("move-SUBMITTED"));
        type("number-SUBMITTED", "СМ-2026-2001");
        screenshot("practice-03-submitting");
        click(By.id("confirm-SUBMITTED"));
        awaitStatus("SUBMITTED");
        assertThat(find(By.id("application-number")).getText()).contains("СМ-2026-2001");
        screenshot("practice-04-submitted");
        logOut();

        logIn("coordinator");
        open("/practices?status=SUBMITTED");
        WebElement row = find(By.cssSelector("tr[data-practice='" + title + "']"));
        assertThat(row.getText()).contains("подана на Смартеку", "Минздрав");
        screenshot("practice-05-coordinator-list");
        click(By.linkText(title));

        click(By.id("move-PUBLISHED"));
        type("url-PUBLISHED", "http://smarteka.com/practices/2001");
        click(By.id("confirm-PUBLISHED"));
        assertThat(find(By.id("move-errors")).getText()).contains("https://");
        screenshot("practice-06-link-refused");
        WebElement url = find(By.id("url-PUBLISHED"));
        url.clear();
        url.sendKeys("https://smarteka.com/practices/2001");
        click(By.id("confirm-PUBLISHED"));
        awaitStatus("PUBLISHED");
        assertThat(find(By.id("smarteka-link")).getAttribute("href")).isEqualTo("https://smarteka.com/practices/2001");
        assertThat(find(By.id("timeline")).getText()).contains("опубликована", "Петрова Анна Сергеевна",
                "Соколов Игорь Викторович");
        screenshot("practice-07-published");
    }

    /** Scrolls the element to the middle of the window first: the sticky parts of the page must not cover it. */
    private void click(By by) {
        WebElement element = find(by);
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        try {
            wait.until(ExpectedConditions.elementToBeClickable(element)).click();
        } catch (org.openqa.selenium.ElementClickInterceptedException e) {
            // Headless Chromium sometimes reports a stale position right after scrolling; a script click is the same click.
            ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].click();", element);
        }
    }

    private void type(String id, String text) {
        WebElement field = find(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private void moveTo(String target) {
        click(By.id("move-" + target));
        click(By.id("confirm-" + target));
        awaitStatus(target);
    }

    private void awaitStatus(String target) {
        wait.until(d -> target.equals(shownStatus()));
    }

    private String status() {
        return wait.until(d -> shownStatus());
    }

    /**
     * The card's status as one script call: a found element can belong to the page being left when the move's
     * redirect lands in between (Chromium then reports a stale node, not always as a stale element).
     */
    private String shownStatus() {
        try {
            return (String) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                    "const e = document.getElementById('practice-status'); return e ? e.dataset.status : null;");
        } catch (org.openqa.selenium.JavascriptException e) {
            return null; // the document was unloaded while the script ran: ask again
        }
    }
}
