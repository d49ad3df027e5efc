package ru.praktika.practices.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import ru.praktika.platform.DomainException;

/** A Smarteka link: https, on smarteka.com or its subdomains, well-formed. */
class SmartekaLinkTest {

    private final SmartekaLink link = new SmartekaLink(List.of("smarteka.com"));

    @ParameterizedTest
    @ValueSource(strings = {"https://smarteka.com/practices/1234", "https://www.smarteka.com/practices/1234",
            "https://SMARTEKA.com/p?id=5", "  https://smarteka.com/practices/1234  ", "https://smarteka.com:443/x"})
    void accepted(String url) {
        assertThat(link.check(url)).isEqualTo(url.trim());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "http://smarteka.com/practices/1 | practices.link.notHttps",
            "ftp://smarteka.com/x | practices.link.notHttps",
            "smarteka.com/practices/1 | practices.link.notHttps",
            "https://smarteka.com.evil.ru/x | practices.link.notSmarteka",
            "https://evilsmarteka.com/x | practices.link.notSmarteka",
            "https://example.com/smarteka.com | practices.link.notSmarteka",
            "https://user@smarteka.com/x | practices.link.malformed",
            "https://smarteka.com:8443/x | practices.link.malformed",
            "https://smarteka .com/x | practices.link.malformed",
            "https:///x | practices.link.malformed",
            "' ' | practices.link.required"})
    void refused(String url, String key) {
        assertThatThrownBy(() -> link.check(url)).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo(key);
    }

    @org.junit.jupiter.api.Test
    void tooLongIsRefused() {
        assertThatThrownBy(() -> link.check("https://smarteka.com/" + "a".repeat(500)))
                .hasMessage("practices.link.tooLong");
    }
}
