package ru.praktika.practices.showcase;

import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import ru.praktika.directory.RegionProfile;
import ru.praktika.directory.RegionProfile.ShowcaseField;

/**
 * Whether the public showcase is on and which card fields it shows (issue 13, point 2). Read from the region
 * profile at every start, not stored in the database: publishing the region's practices to everyone is the
 * operator's switch (profile or {@code praktika.showcase.enabled}, which wins), not a setting the coordinator
 * flips in the application. Off by default.
 */
@Component
public class ShowcaseSettings {

    /** The fields when the profile lists none: short, and nothing about people. */
    static final List<ShowcaseField> DEFAULT_FIELDS = List.of(ShowcaseField.CATEGORY, ShowcaseField.BODY,
            ShowcaseField.SUMMARY, ShowcaseField.RESULTS, ShowcaseField.PUBLISHED_ON);

    private final boolean enabled;
    private final List<ShowcaseField> fields;

    @Autowired
    ShowcaseSettings(RegionProfile profile, @Value("${praktika.showcase.enabled:#{null}}") Boolean override) {
        RegionProfile.Showcase showcase = profile.showcase();
        boolean inProfile = showcase != null && Boolean.TRUE.equals(showcase.enabled());
        this.enabled = override != null ? override : inProfile;
        this.fields = showcase == null || showcase.fields().isEmpty() ? DEFAULT_FIELDS : List.copyOf(showcase.fields());
    }

    /** For tests: a showcase switched as given. */
    ShowcaseSettings(boolean enabled, List<ShowcaseField> fields) {
        this.enabled = enabled;
        this.fields = List.copyOf(fields);
    }

    public boolean enabled() {
        return enabled;
    }

    public List<ShowcaseField> fields() {
        return fields;
    }

    public boolean shows(ShowcaseField field) {
        return fields.contains(field);
    }
}
