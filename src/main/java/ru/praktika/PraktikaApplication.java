package ru.praktika;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(systemName = "Praktika", sharedModules = "platform")
public class PraktikaApplication {

    public static void main(String[] args) {
        SpringApplication.run(PraktikaApplication.class, args);
    }
}
