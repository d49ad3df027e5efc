package ru.praktika.directory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

/**
 * The profile is read as a bean, on every start: a broken file stops the context while it refreshes, before
 * the web server opens, instead of failing in a runner once requests are already being accepted.
 */
@Configuration(proxyBeanMethods = false)
class RegionProfileConfiguration {

    @Bean
    RegionProfile regionProfile(@Value("${praktika.region-profile:classpath:regions/amur.yml}") Resource file) {
        return RegionProfileReader.read(file);
    }
}
