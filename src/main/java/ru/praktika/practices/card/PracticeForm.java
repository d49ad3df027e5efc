package ru.praktika.practices.card;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The card as a form: keeps what was typed, carries the version the editor started from.
 * A mutable bean on purpose, not a record: with constructor binding one unconvertible value (a date typed as
 * «31.13.2025») leaves no form object at all, and the page would come back without the other twenty typed fields;
 * the form also pads its own blank indicator rows after binding, on the very object the binding result renders.
 */
public class PracticeForm {

    static final int BLANK_INDICATOR_ROWS = 2;

    private Long version;
    @NotBlank @Size(max = 300)
    private String title;
    @NotNull
    private Long categoryId;
    private Long municipalityId;
    @Size(max = 200)
    private String leaderName;
    @Size(max = 300)
    private String leaderPosition;
    @Size(max = 40)
    private String leaderPhone;
    @Email @Size(max = 200)
    private String leaderEmail;
    @Size(max = 4000)
    private String summary;
    @Size(max = 4000)
    private String problem;
    @Size(max = 8000)
    private String algorithm;
    @Size(max = 4000)
    private String results;
    @Valid
    private List<IndicatorForm> indicators = new ArrayList<>();
    @Size(max = 2000)
    private String resourcesStaff;
    @Size(max = 2000)
    private String resourcesMoney;
    @Size(max = 2000)
    private String resourcesMaterials;
    @DateTimeFormat(pattern = "dd.MM.yyyy")
    private LocalDate periodStart;
    @DateTimeFormat(pattern = "dd.MM.yyyy")
    private LocalDate periodEnd;
    @Size(max = 4000)
    private String legalActs;
    @Size(max = 2000)
    private String partners;
    @Size(max = 500)
    private String tags;

    static PracticeForm of(Practice p) {
        PracticeForm f = new PracticeForm();
        f.version = p.getVersion();
        f.title = p.getTitle();
        f.categoryId = p.getCategoryId();
        f.municipalityId = p.getMunicipalityId();
        f.leaderName = p.getLeaderName();
        f.leaderPosition = p.getLeaderPosition();
        f.leaderPhone = p.getLeaderPhone();
        f.leaderEmail = p.getLeaderEmail();
        f.summary = p.getSummary();
        f.problem = p.getProblem();
        f.algorithm = p.getAlgorithm();
        f.results = p.getResults();
        for (Indicator i : p.getIndicators()) {
            IndicatorForm r = new IndicatorForm();
            r.setName(i.getName());
            r.setUnit(i.getUnit());
            r.setBaseValue(i.getBaseValue() == null ? null : i.getBaseValue().stripTrailingZeros());
            r.setAchievedValue(i.getAchievedValue() == null ? null : i.getAchievedValue().stripTrailingZeros());
            r.setMeasuredOn(i.getMeasuredOn());
            f.indicators.add(r);
        }
        f.resourcesStaff = p.getResourcesStaff();
        f.resourcesMoney = p.getResourcesMoney();
        f.resourcesMaterials = p.getResourcesMaterials();
        f.periodStart = p.getPeriodStart();
        f.periodEnd = p.getPeriodEnd();
        f.legalActs = p.getLegalActs();
        f.partners = p.getPartners();
        f.tags = p.getTags();
        return f;
    }

    /** Gives the person empty indicator rows to type into. */
    PracticeForm withBlankIndicatorRows() {
        long blanks = indicators.stream().filter(IndicatorForm::isEmpty).count();
        for (long i = blanks; i < BLANK_INDICATOR_ROWS; i++) {
            indicators.add(new IndicatorForm());
        }
        return this;
    }

    PracticeCard toCard() {
        List<Indicator> list = indicators.stream().filter(r -> !r.isEmpty())
                .map(r -> new Indicator(r.getName().trim(), blankToNull(r.getUnit()), r.getBaseValue(), r.getAchievedValue(),
                        r.getMeasuredOn()))
                .toList();
        return new PracticeCard(title, categoryId, municipalityId, blankToNull(leaderName), blankToNull(leaderPosition),
                blankToNull(leaderPhone), blankToNull(leaderEmail), blankToNull(summary), blankToNull(problem),
                blankToNull(algorithm), blankToNull(results), list, blankToNull(resourcesStaff),
                blankToNull(resourcesMoney), blankToNull(resourcesMaterials), periodStart, periodEnd,
                blankToNull(legalActs), blankToNull(partners), blankToNull(tags));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public Long getCategoryId() { return categoryId; }
    public void setCategoryId(Long categoryId) { this.categoryId = categoryId; }
    public Long getMunicipalityId() { return municipalityId; }
    public void setMunicipalityId(Long municipalityId) { this.municipalityId = municipalityId; }
    public String getLeaderName() { return leaderName; }
    public void setLeaderName(String leaderName) { this.leaderName = leaderName; }
    public String getLeaderPosition() { return leaderPosition; }
    public void setLeaderPosition(String leaderPosition) { this.leaderPosition = leaderPosition; }
    public String getLeaderPhone() { return leaderPhone; }
    public void setLeaderPhone(String leaderPhone) { this.leaderPhone = leaderPhone; }
    public String getLeaderEmail() { return leaderEmail; }
    public void setLeaderEmail(String leaderEmail) { this.leaderEmail = leaderEmail; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getProblem() { return problem; }
    public void setProblem(String problem) { this.problem = problem; }
    public String getAlgorithm() { return algorithm; }
    public void setAlgorithm(String algorithm) { this.algorithm = algorithm; }
    public String getResults() { return results; }
    public void setResults(String results) { this.results = results; }
    public List<IndicatorForm> getIndicators() { return indicators; }
    public void setIndicators(List<IndicatorForm> indicators) { this.indicators = indicators; }
    public String getResourcesStaff() { return resourcesStaff; }
    public void setResourcesStaff(String resourcesStaff) { this.resourcesStaff = resourcesStaff; }
    public String getResourcesMoney() { return resourcesMoney; }
    public void setResourcesMoney(String resourcesMoney) { this.resourcesMoney = resourcesMoney; }
    public String getResourcesMaterials() { return resourcesMaterials; }
    public void setResourcesMaterials(String resourcesMaterials) { this.resourcesMaterials = resourcesMaterials; }
    public LocalDate getPeriodStart() { return periodStart; }
    public void setPeriodStart(LocalDate periodStart) { this.periodStart = periodStart; }
    public LocalDate getPeriodEnd() { return periodEnd; }
    public void setPeriodEnd(LocalDate periodEnd) { this.periodEnd = periodEnd; }
    public String getLegalActs() { return legalActs; }
    public void setLegalActs(String legalActs) { this.legalActs = legalActs; }
    public String getPartners() { return partners; }
    public void setPartners(String partners) { this.partners = partners; }
    public String getTags() { return tags; }
    public void setTags(String tags) { this.tags = tags; }

    /** One row of measurable results; an entirely empty row is ignored. */
    public static class IndicatorForm {
        @Size(max = 300)
        private String name;
        @Size(max = 60)
        private String unit;
        private BigDecimal baseValue;
        private BigDecimal achievedValue;
        @DateTimeFormat(pattern = "dd.MM.yyyy")
        private LocalDate measuredOn;

        boolean isEmpty() {
            return (name == null || name.isBlank()) && (unit == null || unit.isBlank()) && baseValue == null
                    && achievedValue == null && measuredOn == null;
        }

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getUnit() { return unit; }
        public void setUnit(String unit) { this.unit = unit; }
        public BigDecimal getBaseValue() { return baseValue; }
        public void setBaseValue(BigDecimal baseValue) { this.baseValue = baseValue; }
        public BigDecimal getAchievedValue() { return achievedValue; }
        public void setAchievedValue(BigDecimal achievedValue) { this.achievedValue = achievedValue; }
        public LocalDate getMeasuredOn() { return measuredOn; }
        public void setMeasuredOn(LocalDate measuredOn) { this.measuredOn = measuredOn; }
    }
}
