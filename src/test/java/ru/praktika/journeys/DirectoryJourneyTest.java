package ru.praktika.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The coordinator logs in and sees App. 1 as in the decree; an officer sees only their own body. */
class DirectoryJourneyTest extends BrowserJourney {

    @Test
    void coordinatorSeesAppendixOne() throws Exception {
        logIn("coordinator");
        screenshot("01-coordinator-home");
        open("/directory");
        WebElement table = find(By.id("appendix-table"));
        List<WebElement> rows = table.findElements(By.cssSelector("tbody tr"));
        assertThat(rows).hasSize(10);
        WebElement business = table.findElement(By.cssSelector("tr[data-category='Развитие предпринимательства']"));
        assertThat(business.findElements(By.cssSelector("li[data-body]"))).hasSize(14);
        assertThat(rows.get(0).getText()).contains("«Здравоохранение»", "Министерство здравоохранения Амурской области");
        screenshot("02-appendix-one");
    }

    @Test
    void officerSeesOnlyOwnBody() throws Exception {
        logIn("officer.zdrav");
        assertThat(find(By.tagName("main")).getText()).contains("Министерство здравоохранения Амурской области");
        browser.findElement(By.linkText("Страница органа")).click();
        assertThat(find(By.tagName("h1")).getText()).isEqualTo("Министерство здравоохранения Амурской области");
        screenshot("03-officer-own-body");
        // Bodies load in the profile's order: 1 is Minzdrav, 2 is Minsport.
        open("/directory/bodies/2");
        assertThat(find(By.tagName("h1")).getText()).isEqualTo("Доступ запрещён");
        screenshot("04-officer-other-body-refused");
    }
}
