package ru.praktika.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The dashboard as the coordinator, a head and a municipality see it, on a laptop (1366 px) and a phone
 * (390 px): every chart drawn from its data (no console error: the CSP holds), its text alternative and its
 * table filled, nothing pushing the page sideways.
 * Screenshots dashboard-*.png show each whole page.
 */
class DashboardJourneyTest extends BrowserJourney {

    @Test
    void eachRoleSeesItsChartsOnALaptopAndAPhone() throws Exception {
        for (String user : List.of("coordinator", "head.zdrav", "mun.blag")) {
            browser.manage().window().setSize(new Dimension(1366, 900));
            logIn(user);
            if (user.equals("coordinator")) {
                // The dashboard adds no navigation entry (only the home link), so the navigation is the shell's.
                screenshot("dashboard-home-coordinator-1366");
            }
            find(By.cssSelector("#home-dashboard a")).click();
            check(user, 1366);
            browser.manage().window().setSize(new Dimension(390, 844));
            browser.navigate().refresh();
            check(user, 390);
            browser.manage().deleteAllCookies(); // the logout button hides in the collapsed menu on a phone
        }
    }

    private void check(String user, int width) throws Exception {
        find(By.tagName("h1"));
        wait.until(b -> browser.findElements(By.cssSelector("figure[data-chart]")).stream()
                .allMatch(f -> "true".equals(f.getDomAttribute("data-drawn"))));
        List<WebElement> figures = browser.findElements(By.cssSelector("figure[data-chart]"));
        assertThat(figures).isNotEmpty();
        for (WebElement figure : figures) {
            assertThat(figure.findElement(By.cssSelector(".dash-canvas")).getDomAttribute("aria-label")).isNotBlank();
            assertThat(figure.findElements(By.cssSelector(".dash-table table"))).hasSize(1);
            assertThat(figure.findElements(By.cssSelector(".dash-canvas canvas"))).isNotEmpty();
        }
        JavascriptExecutor js = (JavascriptExecutor) browser;
        WebElement numbers = figures.get(0).findElement(By.tagName("summary"));
        js.executeScript("arguments[0].click();", numbers); // the numbers one click away
        assertThat(figures.get(0).findElement(By.cssSelector(".dash-table table")).isDisplayed()).isTrue();
        js.executeScript("window.scrollTo(0, 0);");
        long overflow = (Long) js.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).as("horizontal overflow for %s at %d px", user, width).isLessThanOrEqualTo(0L);
        long height = (Long) js.executeScript("return document.documentElement.scrollHeight;");
        browser.manage().window().setSize(new Dimension(width, (int) Math.min(height + 120, 9000)));
        Thread.sleep(400); // the charts redraw for the new size
        screenshot("dashboard-" + user.replace('.', '-') + "-" + width);
    }
}
