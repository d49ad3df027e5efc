package ru.praktika.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Every page of the main navigation opens for the users who see it there, and with a clean browser console
 * (checked by {@link BrowserJourney} after each journey): no missing resource, no script error. Between
 * them the coordinator, a municipality and the administrator see every entry of the navigation.
 */
class MainPagesJourneyTest extends BrowserJourney {

    @Test
    void everyNavigationPageOpensCleanly() {
        for (String user : List.of("coordinator", "mun.blag", "admin")) {
            logIn(user);
            List<String> pages = browser.findElements(By.cssSelector("#mainNav a.nav-link, #mainNav a.dropdown-item")).stream()
                    .map(link -> link.getDomProperty("href"))
                    .distinct()
                    .toList();
            assertThat(pages).as("the navigation of %s", user).isNotEmpty();
            for (String page : pages) {
                browser.get(page);
                WebElement heading = find(By.tagName("h1"));
                assertThat(heading.getText()).as("%s for %s", page, user).isNotEqualTo("Доступ запрещён");
            }
            logOut();
        }
    }
}
