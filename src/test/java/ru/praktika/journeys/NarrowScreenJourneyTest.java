package ru.praktika.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The forms built from the shared fragments, on a phone (390 px wide): every field stacks into one column and
 * nothing pushes the page sideways. The screenshots (narrow-*.png, each a whole page) are there to be looked at.
 */
class NarrowScreenJourneyTest extends BrowserJourney {

    private static final Dimension PHONE = new Dimension(390, 844);

    @Test
    void formsFitAPhoneScreen() throws Exception {
        browser.manage().window().setSize(PHONE);
        check("officer.zdrav", Map.of(
                "narrow-01-practice-form", "/practices/new",
                "narrow-02-catalogue-form", "/adoption/catalogue/new",
                "narrow-03-profile", "/account"));
        check("admin", Map.of("narrow-04-user-form", "/admin/users/new"));
    }

    private void check(String user, Map<String, String> pages) throws Exception {
        logIn(user);
        for (var page : pages.entrySet()) {
            open(page.getValue());
            find(By.tagName("h1"));
            long overflow = (Long) ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            // The whole form in one picture: the window as tall as the page, then back to a phone's height.
            long height = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight;");
            browser.manage().window().setSize(new Dimension(390, (int) Math.min(height, 8000)));
            screenshot(page.getKey());
            browser.manage().window().setSize(PHONE);
            assertThat(overflow).as("horizontal overflow of %s, px", page.getValue()).isLessThanOrEqualTo(0L);
        }
        browser.manage().deleteAllCookies(); // the logout button hides in the collapsed menu on a phone
    }
}
