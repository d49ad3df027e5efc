package ru.praktika.adoption.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ru.praktika.platform.DomainException;

/** Plain rules of roadmaps and their activities, no Spring. */
class RoadmapRulesTest {

    static final LocalDate START = LocalDate.of(2026, 3, 2);

    static ActivityPlan plan(String number, LocalDate due, int weight) {
        return new ActivityPlan(number, "Мероприятие " + number, null, due, null, null, null, null, null, null, null, weight);
    }

    @Test
    void templateCountsDeadlinesFromTheStartDateStepAfterStep() {
        List<ActivityPlan> plans = RoadmapTemplate.fromSteps(List.of(
                "1. Создать рабочую группу (14 дней)", "2) Провести аудит (2 нед.)", "Запустить (3 мес.)", "Без срока"),
                START, 7L);
        assertThat(plans).extracting(ActivityPlan::title)
                .containsExactly("Создать рабочую группу", "Провести аудит", "Запустить", "Без срока");
        assertThat(plans.get(0).startDate()).isEqualTo(START);
        assertThat(plans.get(0).dueDate()).isEqualTo(START.plusDays(13));
        assertThat(plans.get(1).startDate()).isEqualTo(START.plusDays(14));
        assertThat(plans.get(1).dueDate()).isEqualTo(START.plusDays(27));
        assertThat(plans.get(2).dueDate()).isEqualTo(START.plusDays(28 + 90 - 1));
        assertThat(plans.get(3).dueDate()).isEqualTo(plans.get(2).dueDate().plusDays(RoadmapTemplate.DEFAULT_DAYS));
        assertThat(plans).extracting(ActivityPlan::number).containsExactly("1", "2", "3", "4");
        assertThat(plans).allMatch(p -> p.responsibleBodyId() == 7L);
    }

    @ParameterizedTest(name = "due {0}, status {1}, today {2} → overdue {3}")
    @CsvSource({
            "2026-04-10, PLANNED,   2026-04-10, false",
            "2026-04-10, PLANNED,   2026-04-11, true",
            "2026-04-10, IN_WORK,   2026-05-01, true",
            "2026-04-10, CANCELLED, 2026-05-01, false",
            "2026-04-10, DONE,      2026-05-01, false"})
    void overdueIsDerivedFromDueDateAndStatus(LocalDate due, String status, LocalDate today, boolean overdue) {
        Roadmap r = new Roadmap(1L, START);
        RoadmapActivity a = r.add(plan("1", due, 1));
        LocalDate actual = status.equals("DONE") ? due : null;
        String explanation = status.equals("DONE") || status.equals("CANCELLED") || !due.isBefore(today) ? null : "причина";
        a.progress(new ActivityProgress(status, actual, null, null, explanation), today.isBefore(due) ? due : today);
        assertThat(a.isOverdue(today)).isEqualTo(overdue);
    }

    @Test
    void blankTextsAreStoredAsNoneSoNoEmptyExplanationOrDanglingCommaShows() {
        Roadmap r = new Roadmap(1L, START);
        RoadmapActivity a = r.add(new ActivityPlan("1", "Мероприятие", null, START.plusDays(10), 5L, "  ", " ", null, "", null,
                null, 1));
        assertThat(a.getResponsiblePerson()).isNull();
        a.progress(new ActivityProgress("IN_WORK", null, " ", "  ", "   "), START.plusDays(5));
        assertThat(a.getMissExplanation()).isNull();
        assertThat(a.getComment()).isNull();
    }

    @Test
    void aMissedActivityNeedsAnExplanation() {
        Roadmap r = new Roadmap(1L, START);
        RoadmapActivity a = r.add(plan("1", START.plusDays(10), 1));
        LocalDate late = START.plusDays(20);
        assertThat(a.needsExplanation(late)).isTrue();
        assertThatThrownBy(() -> a.progress(new ActivityProgress("IN_WORK", null, null, "идёт", null), late))
                .isInstanceOf(DomainException.class).hasMessage("adoption.activity.explanationRequired");
        assertThatThrownBy(() -> a.progress(new ActivityProgress("DONE", late, null, null, null), late))
                .hasMessage("adoption.activity.explanationRequired");
        a.progress(new ActivityProgress("DONE", late, "сделано", null, "задержка поставки"), late);
        assertThat(a.isOverdue(late)).isFalse();
        assertThat(a.isMissed(late)).isTrue();
        assertThat(a.needsExplanation(late)).isFalse();
        assertThatThrownBy(() -> a.progress(new ActivityProgress("DONE", late.plusDays(1), null, null, "x"), late))
                .hasMessage("adoption.activity.actualInFuture");
        assertThatThrownBy(() -> a.progress(new ActivityProgress("DONE", null, null, null, "x"), late))
                .hasMessage("adoption.activity.actualDateRequired");
    }

    @Test
    void progressIsTheWeightedShareOfActivitiesDoneCancelledLeftOut() {
        Roadmap r = new Roadmap(1L, START);
        RoadmapActivity a = r.add(plan("1", START.plusDays(5), 3));
        RoadmapActivity b = r.add(plan("2", START.plusDays(6), 1));
        RoadmapActivity c = r.add(plan("3", START.plusDays(7), 4));
        assertThat(r.progressPercent()).isZero();
        a.progress(new ActivityProgress("DONE", START.plusDays(1), null, null, null), START.plusDays(1));
        assertThat(r.progressPercent()).isEqualTo(3 * 100 / 8);
        c.progress(new ActivityProgress("CANCELLED", null, null, null, null), START.plusDays(1));
        assertThat(r.progressPercent()).isEqualTo(75);
        b.progress(new ActivityProgress("DONE", START.plusDays(2), null, null, null), START.plusDays(2));
        assertThat(r.progressPercent()).isEqualTo(100);
        assertThat(new Roadmap(2L, START).progressPercent()).isZero();
    }

    @Test
    void approvalNeedsActivitiesAndAnOrderAndHappensOnceThenVersionsCount() {
        Roadmap r = new Roadmap(1L, START);
        byte[] scan = {1, 2, 3};
        assertThatThrownBy(() -> r.approve("Глава", Instant.now(), "1-од", START, "p.pdf", scan))
                .hasMessage("adoption.roadmap.empty");
        r.add(plan("1", START.plusDays(5), 1));
        assertThat(r.nextVersion()).isZero();
        assertThatThrownBy(() -> r.approve("Глава", Instant.now(), " ", START, "p.pdf", scan))
                .hasMessage("adoption.roadmap.orderRequired");
        assertThatThrownBy(() -> r.approve("Глава", Instant.now(), "1-од", START, "p.pdf", new byte[0]))
                .hasMessage("adoption.roadmap.orderFileRequired");
        r.approve("Глава", Instant.now(), "1-од", START, "p.pdf", scan);
        assertThat(r.isApproved()).isTrue();
        assertThat(r.getCurrentVersion()).isEqualTo(1);
        assertThat(r.nextVersion()).isEqualTo(2);
        assertThat(r.nextVersion()).isEqualTo(3);
        assertThatThrownBy(() -> r.approve("Глава", Instant.now(), "2-од", START, "p.pdf", scan))
                .hasMessage("adoption.roadmap.alreadyApproved");
    }

    @Test
    void activityNumbersAreUniqueAndDatesSane() {
        Roadmap r = new Roadmap(1L, START);
        r.add(plan("1", START.plusDays(5), 1));
        assertThatThrownBy(() -> r.add(plan("1", START.plusDays(5), 1))).hasMessage("adoption.activity.numberTaken");
        assertThatThrownBy(() -> r.add(new ActivityPlan("2", "x", START.plusDays(9), START.plusDays(5), null, null,
                null, null, null, null, null, 1))).hasMessage("adoption.activity.startAfterDue");
        assertThatThrownBy(() -> r.add(plan("3", START, 0))).hasMessage("adoption.activity.weightRange");
    }
}
