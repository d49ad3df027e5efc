package ru.praktika.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The public showcase as a citizen or another region sees it, without signing in, on a laptop (1366 px) and a
 * phone (390 px): the list of published practices, a search, a card with its Smarteka link, nothing pushing the
 * page sideways. Screenshots showcase-*.png.
 */
class ShowcaseJourneyTest extends BrowserJourney {

    @Test
    void anAnonymousVisitorFindsAPublishedPracticeAndItsSmartekaLink() throws Exception {
        for (int width : new int[] {1366, 390}) {
            browser.manage().window().setSize(new Dimension(width, 900));
            open("/showcase");
            assertThat(find(By.id("showcase-items")).findElements(By.cssSelector(".showcase-item"))).isNotEmpty();
            assertThat(browser.findElements(By.cssSelector("form[action$='/logout']"))).isEmpty(); // nobody is signed in
            noSidewaysScroll(width);
            screenshot("showcase-list-" + width);

            String title = find(By.cssSelector(".showcase-item h2 a")).getText();
            String word = java.util.Arrays.stream(title.split("[^\\p{L}]+"))
                    .max(java.util.Comparator.comparingInt(String::length)).orElseThrow(); // the title's longest word
            find(By.id("q")).sendKeys(word);
            find(By.cssSelector("#showcase-search button[type=submit]")).click();
            find(By.cssSelector(".showcase-item h2 a")).click();
            assertThat(find(By.id("showcase-title")).getText()).isNotBlank();
            assertThat(find(By.id("showcase-smarteka")).getDomAttribute("href")).startsWith("https://");
            noSidewaysScroll(width);
            screenshot("showcase-card-" + width);
        }
    }

    private void noSidewaysScroll(int width) {
        long overflow = (Long) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).as("horizontal overflow at %d px", width).isLessThanOrEqualTo(0L);
    }
}
