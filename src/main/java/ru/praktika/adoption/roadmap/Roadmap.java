package ru.praktika.adoption.roadmap;

import jakarta.persistence.Basic;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import ru.praktika.platform.DomainException;

/**
 * The roadmap of an implementation (cl. 5.3): activities, approval by the head of the body by an order,
 * and the count of versions (version 1 is the approved one; every later change adds one).
 */
@Entity
@Audited
@Table(name = "roadmap")
public class Roadmap {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "implementation_id", nullable = false, unique = true)
    private Long implementationId;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "approved_by", length = 200)
    private String approvedBy;

    @Column(name = "order_number", length = 50)
    private String orderNumber;

    @Column(name = "order_date")
    private LocalDate orderDate;

    @Column(name = "order_file_name", length = 255)
    private String orderFileName;

    @NotAudited
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "order_file")
    private byte[] orderFile;

    @Column(name = "current_version", nullable = false)
    private int currentVersion;

    @OneToMany(mappedBy = "roadmap", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<RoadmapActivity> activities = new ArrayList<>();

    @Version
    private long version;

    protected Roadmap() {
    }

    Roadmap(Long implementationId, LocalDate startDate) {
        this.implementationId = implementationId;
        this.startDate = startDate;
    }

    RoadmapActivity add(ActivityPlan plan) {
        String number = plan.number() == null || plan.number().isBlank()
                ? String.valueOf(activities.size() + 1) : plan.number().strip();
        if (activities.stream().anyMatch(a -> a.getNumber().equals(number))) {
            throw new DomainException("adoption.activity.numberTaken", number);
        }
        RoadmapActivity activity = new RoadmapActivity(this, withNumber(plan, number), activities.size() + 1);
        activities.add(activity);
        return activity;
    }

    void change(Long activityId, ActivityPlan plan) {
        RoadmapActivity activity = activity(activityId);
        String number = plan.number() == null || plan.number().isBlank() ? activity.getNumber() : plan.number().strip();
        if (activities.stream().anyMatch(a -> a != activity && a.getNumber().equals(number))) {
            throw new DomainException("adoption.activity.numberTaken", number);
        }
        activity.plan(withNumber(plan, number));
    }

    void remove(Long activityId) {
        RoadmapActivity activity = activity(activityId);
        if (activity.isDone()) {
            throw new DomainException("adoption.activity.doneCannotBeRemoved");
        }
        activities.remove(activity);
    }

    RoadmapActivity activity(Long activityId) {
        return activities.stream().filter(a -> a.getId().equals(activityId)).findFirst()
                .orElseThrow(() -> new ru.praktika.platform.NotFoundException("activity", activityId));
    }

    private static ActivityPlan withNumber(ActivityPlan p, String number) {
        return new ActivityPlan(number, p.title(), p.startDate(), p.dueDate(), p.responsibleBodyId(),
                p.responsiblePerson(), p.coExecutors(), p.municipalityId(), p.expectedResult(), p.indicator(),
                p.targetValue(), p.weight());
    }

    /** The head approves by an order with its number, date and scan; an empty roadmap cannot be approved. */
    void approve(String by, Instant at, String orderNumber, LocalDate orderDate, String fileName, byte[] file) {
        if (isApproved()) {
            throw new DomainException("adoption.roadmap.alreadyApproved");
        }
        if (activities.isEmpty()) {
            throw new DomainException("adoption.roadmap.empty");
        }
        if (orderNumber == null || orderNumber.isBlank() || orderDate == null) {
            throw new DomainException("adoption.roadmap.orderRequired");
        }
        if (file == null || file.length == 0) {
            throw new DomainException("adoption.roadmap.orderFileRequired");
        }
        this.approvedBy = by;
        this.approvedAt = at;
        this.orderNumber = orderNumber.strip();
        this.orderDate = orderDate;
        this.orderFileName = fileName;
        this.orderFile = file;
        this.currentVersion = 1;
    }

    /** After approval every change makes a new version; returns its number, or 0 while still a draft. */
    int nextVersion() {
        if (!isApproved()) {
            return 0;
        }
        return ++currentVersion;
    }

    /** Weighted share of activities done, cancelled ones left out: 0–100, rounded down. */
    public int progressPercent() {
        int total = 0;
        int done = 0;
        for (RoadmapActivity a : activities) {
            if (a.isCancelled()) {
                continue;
            }
            total += a.getWeight();
            if (a.isDone()) {
                done += a.getWeight();
            }
        }
        return total == 0 ? 0 : done * 100 / total;
    }

    public long overdueCount(LocalDate today) {
        return activities.stream().filter(a -> a.isOverdue(today)).count();
    }

    public LocalDate lastDueDate() {
        return activities.stream().map(RoadmapActivity::getDueDate).max(LocalDate::compareTo).orElse(startDate);
    }

    public boolean isApproved() {
        return approvedAt != null;
    }

    public Long getId() {
        return id;
    }

    public Long getImplementationId() {
        return implementationId;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public LocalDate getOrderDate() {
        return orderDate;
    }

    public String getOrderFileName() {
        return orderFileName;
    }

    byte[] getOrderFile() {
        return orderFile;
    }

    public int getCurrentVersion() {
        return currentVersion;
    }

    public List<RoadmapActivity> getActivities() {
        return activities;
    }

    public long getVersion() {
        return version;
    }
}
