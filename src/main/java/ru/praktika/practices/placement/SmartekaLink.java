package ru.praktika.practices.placement;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import ru.praktika.platform.DomainException;

/**
 * A link to a practice on Smarteka: a well-formed https address on the platform's domain. Accepted hosts
 * come from {@code praktika.practices.smarteka-hosts} (default smarteka.com); each host also admits its
 * subdomains (www.smarteka.com, practices.smarteka.com), nothing else (smarteka.com.evil.ru is refused).
 */
final class SmartekaLink {

    static final int MAX_LENGTH = 500;

    private final List<String> hosts;

    SmartekaLink(List<String> hosts) {
        this.hosts = hosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
    }

    /** Returns the link trimmed, or refuses it with a message saying what is wrong. */
    String check(String link) {
        if (link == null || link.isBlank()) {
            throw new DomainException("practices.link.required");
        }
        String trimmed = link.trim();
        if (trimmed.length() > MAX_LENGTH) {
            throw new DomainException("practices.link.tooLong", MAX_LENGTH);
        }
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            throw new DomainException("practices.link.malformed");
        }
        if (!"https".equalsIgnoreCase(uri.getScheme())) {
            throw new DomainException("practices.link.notHttps");
        }
        String host = uri.getHost();
        if (host == null || uri.getRawUserInfo() != null || (uri.getPort() != -1 && uri.getPort() != 443)) {
            throw new DomainException("practices.link.malformed");
        }
        String h = host.toLowerCase(Locale.ROOT);
        boolean onPlatform = hosts.stream().anyMatch(allowed -> h.equals(allowed) || h.endsWith("." + allowed));
        if (!onPlatform) {
            throw new DomainException("practices.link.notSmarteka", String.join(", ", hosts));
        }
        return trimmed;
    }
}
