package ru.praktika.practices.card;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param maxAttachmentMb largest attachment or evidence file, in megabytes (below the multipart limit)
 * @param smartekaHosts   hosts a Smarteka link may point to; subdomains of each are accepted too
 * @param pageSize        rows per page of the practices list
 */
@ConfigurationProperties("praktika.practices")
public record PracticesProperties(int maxAttachmentMb, List<String> smartekaHosts, int pageSize) {

    public PracticesProperties {
        if (maxAttachmentMb <= 0) {
            maxAttachmentMb = 10;
        }
        if (smartekaHosts == null || smartekaHosts.isEmpty()) {
            smartekaHosts = List.of("smarteka.com");
        }
        if (pageSize <= 0) {
            pageSize = 20;
        }
    }
}
