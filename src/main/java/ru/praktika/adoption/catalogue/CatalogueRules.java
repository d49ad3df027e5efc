package ru.praktika.adoption.catalogue;

import java.net.URI;
import java.util.Locale;

/** Rules every card obeys, whether typed by hand or imported: a Smarteka link, a sane year. */
final class CatalogueRules {

    private CatalogueRules() {
    }

    /** Null if the link is a Smarteka address, otherwise the message key of what is wrong. */
    static String urlProblem(String url) {
        if (url == null || url.isBlank()) {
            return "adoption.practice.urlRequired";
        }
        if (url.length() > 500) {
            return "adoption.practice.urlTooLong";
        }
        try {
            URI uri = new URI(url.strip());
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            // https only, like a practice's own Smarteka link: an http link can be rewritten on the way.
            boolean web = "https".equalsIgnoreCase(uri.getScheme());
            if (!web || !(host.equals("smarteka.com") || host.endsWith(".smarteka.com"))) {
                return "adoption.practice.urlNotSmarteka";
            }
        } catch (Exception e) {
            return "adoption.practice.urlNotSmarteka";
        }
        return null;
    }

    static boolean yearOk(int year) {
        return year >= 2000 && year <= 2100;
    }
}
