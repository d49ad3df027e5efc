package ru.praktika.directory;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Who plays which part in the demo run, for whatever region profile is loaded: two bodies (each with one of
 * its categories) and one municipality. The profile may name them ({@code demo:}); otherwise the first
 * category and its first body, then the next category led by another body that is not the coordinator.
 * Demo runners of every module ask this instead of naming one region's codes.
 */
@Component
public class DemoCast {

    private final RegionProfile profile;
    private final Directory directory;

    DemoCast(RegionProfile profile, Directory directory) {
        this.profile = profile;
        this.directory = directory;
    }

    /** The body of the demo users officer.zdrav and head.zdrav. */
    public Long firstBody() {
        return bodyId(code(0, true));
    }

    /** The body of the demo users officer.soc and head.soc. */
    public Long secondBody() {
        return bodyId(code(1, true));
    }

    public Long firstCategory() {
        return categoryId(code(0, false));
    }

    public Long secondCategory() {
        return categoryId(code(1, false));
    }

    /** The category of that name if this region has one (demo catalogue rows name Amur's), else the first body's. */
    public Long categoryNamed(String name) {
        return directory.categories().stream().filter(c -> c.getName().equals(name)).map(Category::getId)
                .findFirst().orElseGet(this::firstCategory);
    }

    /** «Амурской области»: demo texts name the region that is loaded, never one region's name. */
    public String regionGenitive() {
        return directory.region().getNameGenitive();
    }

    /** The demo municipality, or empty when the profile declares none. */
    public Optional<Municipality> municipality() {
        String named = profile.demo() == null ? null : profile.demo().municipality();
        List<Municipality> all = directory.municipalities();
        return all.stream().filter(m -> m.getName().equals(named)).findFirst()
                .or(() -> all.stream().findFirst());
    }

    public Optional<Long> municipalityId() {
        return municipality().map(Municipality::getId);
    }

    /** Code of the n-th cast body or its category: named in the profile, or derived from its order. */
    private String code(int n, boolean body) {
        RegionProfile.Demo demo = profile.demo();
        List<String> named = demo == null ? List.of() : body ? demo.bodies() : demo.categories();
        if (named.size() > n) {
            return named.get(n);
        }
        RegionProfile.CategoryEntry first = profile.categories().get(0);
        String firstBody = first.bodies().get(0);
        if (n == 0) {
            return body ? firstBody : first.code();
        }
        List<RegionProfile.CategoryEntry> categories = profile.categories();
        return categories.stream().skip(1)
                .filter(c -> !c.bodies().get(0).equals(firstBody) && !c.bodies().get(0).equals(profile.coordinator()))
                .findFirst()
                .map(c -> body ? c.bodies().get(0) : c.code())
                .orElse(body ? firstBody : first.code()); // a region of one body plays both parts
    }

    private Long bodyId(String code) {
        return directory.bodies().stream().filter(b -> Objects.equals(b.getCode(), code)).map(ResponsibleBody::getId)
                .findFirst().orElseThrow(() -> new IllegalStateException("demo body " + code));
    }

    private Long categoryId(String code) {
        return directory.categories().stream().filter(c -> Objects.equals(c.getCode(), code)).map(Category::getId)
                .findFirst().orElseThrow(() -> new IllegalStateException("demo category " + code));
    }
}
