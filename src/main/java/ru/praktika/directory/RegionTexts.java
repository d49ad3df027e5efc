package ru.praktika.directory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The region's names for the texts of every page (footer, login, leads), so no bundle names one region:
 * templates call {@code ${@regionTexts.genitive()}}. Read from the directory at most once a minute, and kept
 * when the database is away, so an error page still renders; before the first read, from the profile file.
 */
@Component("regionTexts")
public class RegionTexts {

    private static final Duration FRESH = Duration.ofMinutes(1);
    private static final Logger log = LoggerFactory.getLogger(RegionTexts.class);

    /** What the texts need, read together. */
    private record Names(String name, String genitive, String prepositional, String act, String coordinator, Instant read) {
    }

    private final Directory directory;
    private final Clock clock;
    private volatile Names names;

    RegionTexts(Directory directory, RegionProfile profile, Clock clock) {
        this.directory = directory;
        this.clock = clock;
        RegionProfile.Body coordinator = profile.bodies().stream().filter(b -> b.code().equals(profile.coordinator()))
                .findFirst().orElseThrow();
        this.names = new Names(profile.region().name(), profile.region().nameGenitive(), profile.region().namePrepositional(),
                LegalAct.reference(profile.legalAct().kind(), profile.legalAct().date(), profile.legalAct().number()),
                coordinator.fullName(), Instant.EPOCH);
    }

    /** «Амурская область». */
    public String name() {
        return current().name();
    }

    /** «Амурской области» (родительный падеж). */
    public String genitive() {
        return current().genitive();
    }

    /** «в Амурской области», or «в регионе» when the profile gives no prepositional form. */
    public String inRegion() {
        String prepositional = current().prepositional();
        return prepositional == null || prepositional.isBlank() ? "в регионе" : "в " + prepositional;
    }

    /** The act in force as ГОСТ Р 7.0.97 writes a reference: kind, date, number. */
    public String act() {
        return current().act();
    }

    /** The coordinator's full name: «Министерство экономического развития Амурской области». */
    public String coordinator() {
        return current().coordinator();
    }

    private Names current() {
        Names known = names;
        Instant now = clock.instant();
        if (Duration.between(known.read(), now).compareTo(FRESH) < 0) {
            return known;
        }
        try {
            Region region = directory.region();
            LegalAct act = directory.legalBasis().stream().filter(a -> a.getStatus() == LegalActStatus.IN_FORCE)
                    .findFirst().orElse(null);
            String actText = act == null ? known.act() : act.reference();
            names = new Names(region.getName(), region.getNameGenitive(), region.getNamePrepositional(), actText,
                    directory.coordinator().getFullName(), now);
        } catch (RuntimeException unavailable) {
            // the database is away or not loaded yet: the last names known are still right
            log.debug("Region names not refreshed: {}", unavailable.getMessage());
            names = new Names(known.name(), known.genitive(), known.prepositional(), known.act(), known.coordinator(), now);
        }
        return names;
    }
}
