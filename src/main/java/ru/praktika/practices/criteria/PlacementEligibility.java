package ru.praktika.practices.criteria;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import ru.praktika.directory.Region.PlacementRule;

/**
 * The rule of cl. 4.1 as the region profile sets it: with AT_LEAST_ONE a practice qualifies when any
 * criterion is met with evidence, with ALL when every one is. Criterion а) is the region's and counts for
 * every practice while the coordinator's record is valid.
 */
public final class PlacementEligibility {

    private PlacementEligibility() {
    }

    /**
     * @param criteria       the criteria of the profile in decree order
     * @param regionLevelMet codes of region-level criteria met on the date (e.g. RATINGS)
     * @param practiceMet    codes of practice-level criteria with complete evidence on this practice
     */
    static Verdict judge(PlacementRule rule, List<Criterion> criteria, Set<String> regionLevelMet, Set<String> practiceMet) {
        List<Criterion> met = new ArrayList<>();
        List<Criterion> missing = new ArrayList<>();
        for (Criterion c : criteria) {
            boolean ok = c.regionLevel() ? regionLevelMet.contains(c.code()) : practiceMet.contains(c.code());
            (ok ? met : missing).add(c);
        }
        boolean eligible = rule == PlacementRule.ALL ? missing.isEmpty() : !met.isEmpty();
        return new Verdict(rule, eligible, met, missing);
    }

    public record Criterion(String code, String letter, boolean regionLevel) {
    }

    public record Verdict(PlacementRule rule, boolean eligible, List<Criterion> met, List<Criterion> missing) {

        public String metLetters() {
            return letters(met);
        }

        public String missingLetters() {
            return letters(missing);
        }

        private static String letters(List<Criterion> list) {
            return String.join(", ", list.stream().map(c -> c.letter() + ")").toList());
        }
    }
}
