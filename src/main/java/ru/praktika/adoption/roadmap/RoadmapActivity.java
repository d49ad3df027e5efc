package ru.praktika.adoption.roadmap;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * An activity of a roadmap (cl. 5.3). "Overdue" is derived from the due date and the status, never stored;
 * a missed activity (overdue, or done after its due date) needs an explanation.
 */
@Entity
@Audited
@Table(name = "roadmap_activity")
public class RoadmapActivity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "roadmap_id")
    private Roadmap roadmap;

    @Column(nullable = false, length = 20)
    private String number;

    @Column(nullable = false, length = 1000)
    private String title;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "responsible_body_id")
    private Long responsibleBodyId;

    @Column(name = "responsible_person", length = 200)
    private String responsiblePerson;

    @Column(name = "co_executors", length = 1000)
    private String coExecutors;

    @Column(name = "municipality_id")
    private Long municipalityId;

    @Column(name = "expected_result", length = 2000)
    private String expectedResult;

    @Column(length = 500)
    private String indicator;

    @Column(name = "target_value", length = 100)
    private String targetValue;

    @Column(nullable = false)
    private int weight = 1;

    @Column(name = "status_code", nullable = false, length = 30)
    private String status = ActivityStatus.PLANNED;

    @Column(name = "actual_date")
    private LocalDate actualDate;

    @Column(name = "actual_result", length = 2000)
    private String actualResult;

    @Column(length = 2000)
    private String comment;

    @Column(name = "miss_explanation", length = 2000)
    private String missExplanation;

    /** Set once {@link ActivityOverdue} was published for the current due date. */
    @NotAudited
    @Column(name = "overdue_notified", nullable = false)
    private boolean overdueNotified;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Version
    private long version;

    protected RoadmapActivity() {
    }

    RoadmapActivity(Roadmap roadmap, ActivityPlan plan, int sortOrder) {
        this.roadmap = roadmap;
        this.sortOrder = sortOrder;
        plan(plan);
    }

    /** The body's edit of the plan part. A new due date may make the activity overdue again later. */
    void plan(ActivityPlan plan) {
        plan.check();
        if (!Objects.equals(plan.dueDate(), dueDate)) {
            overdueNotified = false;
        }
        this.number = plan.number();
        this.title = plan.title().strip();
        this.startDate = plan.startDate();
        this.dueDate = plan.dueDate();
        this.responsibleBodyId = plan.responsibleBodyId();
        this.responsiblePerson = text(plan.responsiblePerson());
        this.coExecutors = text(plan.coExecutors());
        this.municipalityId = plan.municipalityId();
        this.expectedResult = text(plan.expectedResult());
        this.indicator = text(plan.indicator());
        this.targetValue = plan.targetValue();
        this.weight = plan.weight();
    }

    /**
     * Progress: the only part a municipality (cl. 6) or a progress spreadsheet may change. Done needs its
     * actual date, which cannot be in the future; a missed activity needs an explanation.
     */
    void progress(ActivityProgress p, LocalDate today) {
        p.check(number, dueDate, today);
        this.status = p.status();
        this.actualDate = ActivityStatus.DONE.equals(p.status()) ? p.actualDate() : null;
        this.actualResult = text(p.actualResult());
        this.comment = text(p.comment());
        this.missExplanation = text(p.missExplanation());
    }

    /** A blank field is no text: the pages would show an empty "Пояснение:" or a dangling comma. */
    private static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    boolean sameProgress(ActivityProgress p) {
        return progressPart().sameAs(p);
    }

    public boolean isDone() {
        return ActivityStatus.DONE.equals(status);
    }

    public boolean isCancelled() {
        return ActivityStatus.CANCELLED.equals(status);
    }

    /** Due date passed and not done (nor cancelled). */
    public boolean isOverdue(LocalDate today) {
        return !isDone() && !isCancelled() && dueDate.isBefore(today);
    }

    /** Overdue now, or done later than due. */
    public boolean isMissed(LocalDate today) {
        return isOverdue(today) || (isDone() && actualDate != null && actualDate.isAfter(dueDate));
    }

    public boolean needsExplanation(LocalDate today) {
        return isMissed(today) && (missExplanation == null || missExplanation.isBlank());
    }

    void markOverdueNotified() {
        this.overdueNotified = true;
    }

    private ActivityProgress progressPart() {
        return new ActivityProgress(status, actualDate, actualResult, comment, missExplanation);
    }

    public Long getId() {
        return id;
    }

    public Roadmap getRoadmap() {
        return roadmap;
    }

    public String getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public Long getResponsibleBodyId() {
        return responsibleBodyId;
    }

    public String getResponsiblePerson() {
        return responsiblePerson;
    }

    public String getCoExecutors() {
        return coExecutors;
    }

    public Long getMunicipalityId() {
        return municipalityId;
    }

    public String getExpectedResult() {
        return expectedResult;
    }

    public String getIndicator() {
        return indicator;
    }

    public String getTargetValue() {
        return targetValue;
    }

    public int getWeight() {
        return weight;
    }

    public String getStatus() {
        return status;
    }

    public LocalDate getActualDate() {
        return actualDate;
    }

    public String getActualResult() {
        return actualResult;
    }

    public String getComment() {
        return comment;
    }

    public String getMissExplanation() {
        return missExplanation;
    }

    public long getVersion() {
        return version;
    }
}
