package ru.praktika.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import ru.praktika.platform.ReferenceChangeListener;

/**
 * The region this installation serves, with the rules its decree sets: how the criteria combine
 * and how often, by which day, reports are due. Loaded from the region profile.
 */
@Entity
@EntityListeners(ReferenceChangeListener.class)
@Audited
@Table(name = "region")
public class Region {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 32)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    /** "Амурской области": the form decree texts use. */
    @Column(name = "name_genitive", nullable = false, length = 200)
    private String nameGenitive;

    /** "Амурской области" after «в»; null when the profile does not give it (texts then say «в регионе»). */
    @Column(name = "name_prepositional", length = 200)
    private String namePrepositional;

    /** «Министр экономического развития Тестовой области»: who signs the consolidated report; null, the head's account. */
    @Column(name = "signatory_position", length = 300)
    private String signatoryPosition;

    /** «Иванов Иван Иванович»; null, the head's account of the coordinator's body. */
    @Column(name = "signatory_name", length = 200)
    private String signatoryName;

    @Enumerated(EnumType.STRING)
    @Column(name = "placement_rule", nullable = false, length = 20)
    private PlacementRule placementRule;

    /** Whether a placement card "готова к подаче" waits for the head of the body before it is submitted. */
    @Column(name = "placement_needs_head", nullable = false)
    private boolean placementNeedsHead;

    @Enumerated(EnumType.STRING)
    @Column(name = "report_period", nullable = false, length = 20)
    private ReportPeriod reportPeriod;

    @Column(name = "report_due_day", nullable = false)
    private int reportDueDay;

    @Column(name = "report_due_months_after", nullable = false)
    private int reportDueMonthsAfter;

    @Enumerated(EnumType.STRING)
    @Column(name = "deadline_shift", nullable = false, length = 30)
    private DeadlineShift deadlineShift;

    @Version
    private long version;

    protected Region() {
    }

    public Region(String code, String name, String nameGenitive, PlacementRule placementRule,
                  ReportPeriod reportPeriod, int reportDueDay, int reportDueMonthsAfter, DeadlineShift deadlineShift) {
        this.code = code;
        this.name = name;
        this.nameGenitive = nameGenitive;
        this.placementRule = placementRule;
        this.reportPeriod = reportPeriod;
        this.reportDueDay = reportDueDay;
        this.reportDueMonthsAfter = reportDueMonthsAfter;
        this.deadlineShift = deadlineShift;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getNameGenitive() {
        return nameGenitive;
    }

    public String getNamePrepositional() {
        return namePrepositional;
    }

    /** Set once by the profile loader (the constructor's argument list is already long). */
    void namePrepositional(String namePrepositional) {
        this.namePrepositional = namePrepositional;
    }

    public String getSignatoryPosition() {
        return signatoryPosition;
    }

    public String getSignatoryName() {
        return signatoryName;
    }

    /** Set by the profile loader (coordinatorHead), like the prepositional name. */
    void signatory(String position, String name) {
        this.signatoryPosition = position == null || position.isBlank() ? null : position.strip();
        this.signatoryName = name == null || name.isBlank() ? null : name.strip();
    }

    public boolean isPlacementNeedsHead() {
        return placementNeedsHead;
    }

    /** Set by the profile loader, like the prepositional name. */
    void placementNeedsHead(boolean placementNeedsHead) {
        this.placementNeedsHead = placementNeedsHead;
    }

    public PlacementRule getPlacementRule() {
        return placementRule;
    }

    public ReportPeriod getReportPeriod() {
        return reportPeriod;
    }

    public int getReportDueDay() {
        return reportDueDay;
    }

    public int getReportDueMonthsAfter() {
        return reportDueMonthsAfter;
    }

    public DeadlineShift getDeadlineShift() {
        return deadlineShift;
    }

    /** How the placement criteria of cl. 4.1 combine. */
    public enum PlacementRule {
        /** At least one criterion met with evidence (the default: the decree does not say "all"). */
        AT_LEAST_ONE,
        ALL
    }

    public enum ReportPeriod {
        QUARTER(3),
        HALF_YEAR(6),
        YEAR(12);

        private final int months;

        ReportPeriod(int months) {
            this.months = months;
        }

        public int months() {
            return months;
        }
    }

    /** What happens when the due day is not a working day. */
    public enum DeadlineShift {
        /** Civil Code art. 193: the term ends on the next working day. */
        NEXT_WORKING_DAY,
        NONE
    }
}
