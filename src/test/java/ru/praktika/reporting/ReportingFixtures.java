package ru.praktika.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import ru.praktika.adoption.ImplementationsForReport;
import ru.praktika.practices.OwnPracticesForReport;

/**
 * Test doubles of the two report contracts, so report assembly is tested with exact rows whatever the
 * practices and adoption modules hold. Tests put rows per body and clear them afterwards.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ReportingFixtures {

    @Bean
    @Primary
    FixturePractices fixturePractices() {
        return new FixturePractices();
    }

    @Bean
    @Primary
    FixtureImplementations fixtureImplementations() {
        return new FixtureImplementations();
    }

    public static class FixturePractices implements OwnPracticesForReport {

        private final Map<Long, List<PlacementLine>> rows = new ConcurrentHashMap<>();

        public void set(Long bodyId, List<PlacementLine> lines) {
            rows.put(bodyId, new ArrayList<>(lines));
        }

        public void clear() {
            rows.clear();
        }

        @Override
        public List<PlacementLine> placements(Long bodyId, LocalDate asOf) {
            return List.copyOf(rows.getOrDefault(bodyId, List.of()));
        }
    }

    public static class FixtureImplementations implements ImplementationsForReport {

        private final Map<Long, List<ImplementationLine>> rows = new ConcurrentHashMap<>();
        private final List<OverdueActivityLine> activities = new ArrayList<>();

        public void set(Long bodyId, List<ImplementationLine> lines) {
            rows.put(bodyId, new ArrayList<>(lines));
        }

        public synchronized void activities(List<OverdueActivityLine> lines) {
            activities.clear();
            activities.addAll(lines);
        }

        public synchronized void clear() {
            rows.clear();
            activities.clear();
        }

        @Override
        public List<ImplementationLine> implementations(Long bodyId, LocalDate asOf) {
            return List.copyOf(rows.getOrDefault(bodyId, List.of()));
        }

        /** Like the real one: not done and due before {@code asOf}. */
        @Override
        public synchronized List<OverdueActivityLine> overdueActivities(Long bodyId, LocalDate asOf) {
            return activities.stream().filter(a -> bodyId == null || bodyId.equals(a.bodyId()))
                    .filter(a -> a.dueDate().isBefore(asOf)).toList();
        }
    }
}
