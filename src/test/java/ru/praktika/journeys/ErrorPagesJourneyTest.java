package ru.praktika.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * What a person sees when something goes wrong, in a real browser through the real container error
 * handling: a missing page, another body's page, a form whose CSRF token is no longer valid.
 */
class ErrorPagesJourneyTest extends BrowserJourney {

    @Test
    void missingForbiddenAndExpiredPagesAreFriendlyAndRussian() throws Exception {
        logIn("officer.zdrav");
        open("/no-such-page");
        assertThat(find(By.tagName("h1")).getText()).isEqualTo("Страница не найдена");
        assertNoTechnicalDetail();
        screenshot("error-404");

        // Bodies load in the profile's order: 2 is Minsport, not the officer's body.
        open("/directory/bodies/2");
        assertThat(find(By.tagName("h1")).getText()).isEqualTo("Доступ запрещён");
        assertNoTechnicalDetail();
        screenshot("error-403");

        open("/admin/users");
        assertThat(find(By.tagName("h1")).getText()).isEqualTo("Доступ запрещён");

        open("/account");
        find(By.id("position")).clear();
        browser.findElement(By.id("position")).sendKeys("подмена");
        ((JavascriptExecutor) browser).executeScript(
                "document.querySelector('#contacts-form input[name=_csrf]').value = 'expired-token';");
        browser.findElement(By.cssSelector("#contacts-form button[type=submit]")).click();
        assertThat(find(By.tagName("h1")).getText()).isEqualTo("Сеанс истёк");
        assertThat(browser.getCurrentUrl()).endsWith("/session-expired");
        assertNoTechnicalDetail();
        screenshot("error-session-expired");
        open("/account");
        assertThat(find(By.id("position")).getAttribute("value")).isNotEqualTo("подмена");
    }

    private void assertNoTechnicalDetail() {
        String source = browser.getPageSource();
        assertThat(source).doesNotContain("Exception", "at ru.praktika", "Whitelabel", "Stacktrace", "trace");
    }
}
