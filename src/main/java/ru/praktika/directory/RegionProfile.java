package ru.praktika.directory;

import java.time.LocalDate;
import java.util.List;

/** The region profile file (YAML): a decree described as data. See {@code regions/amur.yml}. */
public record RegionProfile(
        RegionInfo region,
        Act legalAct,
        List<Act> repealedActs,
        String coordinator,
        Signatory coordinatorHead,
        List<Body> bodies,
        List<CategoryEntry> categories,
        List<Criterion> criteria,
        Region.PlacementRule placementRule,
        Boolean placementNeedsHead,
        Reporting reporting,
        List<MunicipalityEntry> municipalities,
        Demo demo,
        Showcase showcase) {

    /** A list left out of the file is an empty list; whether it may be empty is for {@link RegionProfileChecks}. */
    public RegionProfile {
        repealedActs = orEmpty(repealedActs);
        bodies = orEmpty(bodies);
        categories = orEmpty(categories);
        criteria = orEmpty(criteria);
        municipalities = orEmpty(municipalities);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    public record RegionInfo(String code, String name, String nameGenitive, String namePrepositional) {
    }

    public record Act(String kind, String number, LocalDate date, String title, String url) {
    }

    /** Who signs the consolidated report for the coordinator: the position as the signature block writes it, the full name. */
    public record Signatory(String position, String name) {
    }

    public record Body(String code, String fullName, String shortName, String email) {
    }

    public record CategoryEntry(String code, String name, List<String> bodies) {

        public CategoryEntry {
            bodies = orEmpty(bodies);
        }
    }

    public record Criterion(String code, String letter, PlacementCriterion.Scope scope, String wording) {
    }

    public record Reporting(Region.ReportPeriod period, int dueDay, int monthsAfter, Region.DeadlineShift shift) {
    }

    /**
     * Optional: whom the demo run casts as its two bodies (codes of bodies and of one category of each) and its
     * municipality. Left out, {@link DemoCast} takes them from the order of the profile.
     */
    public record Demo(List<String> bodies, List<String> categories, String municipality) {

        public Demo {
            bodies = orEmpty(bodies);
            categories = orEmpty(categories);
        }
    }

    /**
     * Optional (issue 13): the public showcase of the region's published practices, for citizens and other regions.
     * Off when left out or {@code enabled: false}; the property {@code praktika.showcase.enabled} overrides it.
     *
     * @param fields the card fields shown besides the title and the Smarteka link, in this order; left out, a
     *               short default (category, body, summary, results, date of publication)
     */
    public record Showcase(Boolean enabled, List<ShowcaseField> fields) {

        public Showcase {
            fields = orEmpty(fields);
        }
    }

    /** A field of a practice's card the showcase may show. Contacts are a person's: only LEADER shows name and post. */
    public enum ShowcaseField {
        CATEGORY, BODY, MUNICIPALITY, SUMMARY, PROBLEM, ALGORITHM, RESULTS, INDICATORS, RESOURCES, PERIOD,
        PUBLISHED_ON, TAGS, PARTNERS, LEGAL_ACTS, LEADER
    }

    public record MunicipalityEntry(String name, MunicipalityType type, LocalDate validFrom, LocalDate validTo) {
    }
}
