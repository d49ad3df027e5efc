package ru.praktika.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Cl. 5–6 as people do it: an officer of Минздрав finds a practice by a word, studies it, files the
 * application, builds the roadmap from the practice's algorithm and assigns a step to Благовещенск; the head
 * approves the roadmap by an order; the city's officer updates the step assigned to it.
 */
class AdoptionJourneyTest extends BrowserJourney {

    /** Scrolls the control into the middle of the window first: the footer may cover the bottom edge. */
    private void press(WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "arguments[0].scrollIntoView({block: 'center'});", element);
        try {
            element.click();
        } catch (org.openqa.selenium.ElementClickInterceptedException e) {
            ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].click();", element);
        }
    }

    @Test
    void fromSearchToAnApprovedRoadmapUpdatedByTheMunicipality() throws Exception {
        logIn("officer.zdrav");
        browser.findElement(By.id("nav-adoption")).click(); // the menu's "Внедрение" opens its dropdown
        find(By.linkText("Каталог Смартеки")).click();
        find(By.id("q")).sendKeys("университеты");
        press(browser.findElement(By.cssSelector("form[role=search] button[type=submit]")));
        // The unfiltered list has the same table: wait for the search's own page, not the one being left.
        wait.until(ExpectedConditions.urlContains("q="));
        WebElement table = find(By.id("catalogue-table"));
        assertThat(table.getText()).contains("Народный университет");
        screenshot("adoption-01-search");
        press(table.findElement(By.linkText("Народный университет")));

        find(By.id("study-form"));
        browser.findElement(By.id("notes")).sendKeys("Курсы для взрослых на базе АмГУ и БГПУ.");
        browser.findElement(By.id("applicability")).sendKeys("Применима: два вуза в Благовещенске.");
        new Select(browser.findElement(By.id("decision"))).selectByVisibleText("внедрять");
        screenshot("adoption-02-study");
        press(browser.findElement(By.cssSelector("#study-form button[type=submit]")));
        press(find(By.id("open-implementation")));

        WebElement application = find(By.id("application-form"));
        application.findElement(By.id("reference")).sendKeys("Заявка № СМ-2026-0777");
        application.findElement(By.id("ownerContact")).sendKeys("Министерство образования Красноярского края");
        screenshot("adoption-03-application");
        press(application.findElement(By.cssSelector("button[type=submit]")));
        assertThat(find(By.id("impl-status")).getText()).isEqualTo("заявка на внедрение подана");

        press(find(By.cssSelector("#roadmap-create button[type=submit]")));
        WebElement activities = find(By.id("activities"));
        assertThat(activities.findElements(By.cssSelector("tbody tr"))).hasSize(3);
        assertThat(activities.getText()).contains("Отобрать курсы", "Заключить соглашения с вузами", "Открыть запись");
        String roadmapUrl = browser.getCurrentUrl();
        screenshot("adoption-04-roadmap-from-template");

        press(activities.findElement(By.cssSelector("tr[data-number='1'] a")));
        screenshot("adoption-04b-activity");
        new Select(find(By.id("municipalityId"))).selectByVisibleText("город Благовещенск");
        browser.findElement(By.id("responsiblePerson")).clear();
        browser.findElement(By.id("responsiblePerson")).sendKeys("Соколов И. В.");
        press(browser.findElement(By.cssSelector("form[action*='/activities/'] button[type=submit]")));
        assertThat(find(By.id("activities")).getText()).contains("город Благовещенск");
        logOut();

        logIn("head.zdrav");
        browser.get(roadmapUrl);
        WebElement approve = find(By.id("approve-form"));
        approve.findElement(By.id("orderNumber")).sendKeys("201-од");
        approve.findElement(By.id("orderDate")).sendKeys(java.time.LocalDate.now()
                .format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        Path order = Files.createTempFile("prikaz-201", ".pdf");
        Files.writeString(order, "%PDF-1.4\nПриказ № 201-од");
        approve.findElement(By.id("orderFile")).sendKeys(order.toAbsolutePath().toString());
        screenshot("adoption-05-approval");
        press(approve.findElement(By.cssSelector("button[type=submit]")));
        assertThat(find(By.id("roadmap-state")).getText()).contains("Утверждена", "201-од", "версия 1");
        screenshot("adoption-06-approved");
        logOut();

        logIn("mun.blag");
        browser.findElement(By.linkText("Внедрение")).click();
        WebElement mine = find(By.id("municipal-activities"));
        WebElement row = mine.findElements(By.cssSelector("tbody tr")).stream()
                .filter(r -> r.getText().contains("Отобрать курсы")).findFirst().orElseThrow();
        screenshot("adoption-07-municipal-list");
        press(row.findElement(By.tagName("a")));
        WebElement form = find(By.id("progress-form"));
        new Select(form.findElement(By.id("status"))).selectByVisibleText("в работе");
        form.findElement(By.id("comment")).sendKeys("Перечень курсов согласован с АмГУ");
        screenshot("adoption-08-municipal-update");
        press(form.findElement(By.cssSelector("button[type=submit]")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert-success")));
        WebElement updated = find(By.id("municipal-activities")).findElements(By.cssSelector("tbody tr")).stream()
                .filter(r -> r.getText().contains("Отобрать курсы")).findFirst().orElseThrow();
        assertThat(updated.getText()).contains("в работе");
        screenshot("adoption-09-municipal-updated");
    }
}
