package ru.praktika.directory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.platform.DomainException;
import ru.praktika.platform.NotFoundException;

/** The directory's public face: what other modules ask of App. 1 and the region's rules. */
@Service
@Transactional(readOnly = true)
public class Directory {

    private final RegionRepository regions;
    private final CategoryRepository categories;
    private final ResponsibleBodyRepository bodies;
    private final CategoryAssignmentRepository assignments;
    private final MunicipalityRepository municipalities;
    private final LegalActRepository legalActs;
    private final PlacementCriterionRepository criteria;
    private final Clock clock;

    Directory(RegionRepository regions, CategoryRepository categories, ResponsibleBodyRepository bodies,
              CategoryAssignmentRepository assignments, MunicipalityRepository municipalities,
              LegalActRepository legalActs, PlacementCriterionRepository criteria, Clock clock) {
        this.regions = regions;
        this.categories = categories;
        this.bodies = bodies;
        this.assignments = assignments;
        this.municipalities = municipalities;
        this.legalActs = legalActs;
        this.criteria = criteria;
        this.clock = clock;
    }

    public Region region() {
        return regions.findAll().stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("Region profile has not been loaded"));
    }

    public List<Category> categories() {
        return categories.findAllByOrderBySortOrder();
    }

    public Category category(Long id) {
        return categories.findById(id).orElseThrow(() -> new NotFoundException("category", id));
    }

    public List<ResponsibleBody> bodies() {
        return bodies.findAllByOrderByFullName();
    }

    public ResponsibleBody body(Long id) {
        return bodies.findById(id).orElseThrow(() -> new NotFoundException("body", id));
    }

    public ResponsibleBody coordinator() {
        return bodies.findFirstByCoordinatorTrue()
                .orElseThrow(() -> new IllegalStateException("The region profile names no coordinator"));
    }

    public List<Municipality> municipalities() {
        return municipalities.findAllByOrderByTypeAscNameAsc();
    }

    public Municipality municipality(Long id) {
        return municipalities.findById(id).orElseThrow(() -> new NotFoundException("municipality", id));
    }

    public List<LegalAct> legalBasis() {
        return legalActs.findAllByOrderByStatusAscDateDesc();
    }

    public List<PlacementCriterion> placementCriteria() {
        return criteria.findAllByOrderBySortOrder();
    }

    /** App. 1 as it stood on {@code date}: every category, in the decree's order, with its bodies. */
    public List<CategoryBodies> appendixOne(LocalDate date) {
        Map<Category, List<CategoryAssignment>> byCategory = new LinkedHashMap<>();
        categories().forEach(c -> byCategory.put(c, new ArrayList<>()));
        for (CategoryAssignment a : assignments.findInForceOn(date)) {
            byCategory.computeIfAbsent(a.getCategory(), c -> new ArrayList<>()).add(a);
        }
        List<CategoryBodies> rows = new ArrayList<>();
        byCategory.forEach((category, list) -> rows.add(new CategoryBodies(category, list)));
        return rows;
    }

    public List<CategoryBodies> appendixOne() {
        return appendixOne(LocalDate.now(clock));
    }

    /** The categories a body answers for on {@code date}. */
    public List<Category> categoriesOf(Long bodyId, LocalDate date) {
        return assignments.findInForceOn(date).stream()
                .filter(a -> a.getBody().getId().equals(bodyId))
                .map(CategoryAssignment::getCategory)
                .toList();
    }

    public boolean isAssigned(Long bodyId, Long categoryId, LocalDate date) {
        return assignments.existsInForce(bodyId, categoryId, date);
    }

    public List<CategoryAssignment> assignmentHistory() {
        return assignments.findHistory();
    }

    /** A new decree adds a body to a category from a date. */
    @Transactional
    public CategoryAssignment assign(Long categoryId, Long bodyId, LocalDate from, String basis) {
        Category category = category(categoryId);
        ResponsibleBody body = body(bodyId);
        boolean overlapping = assignments.findHistory().stream()
                .anyMatch(a -> a.getCategory().getId().equals(categoryId) && a.getBody().getId().equals(bodyId)
                        && (a.getValidTo() == null || !a.getValidTo().isBefore(from)));
        if (overlapping) {
            throw new DomainException("directory.assignment.overlaps", body.getShortName(), category.getName());
        }
        int sort = assignments.maxSortOrder(category) + 1;
        return assignments.save(new CategoryAssignment(category, body, from, basis, sort));
    }

    /** A new decree takes a body off a category; its last day is kept with the record. */
    @Transactional
    public void endAssignment(Long assignmentId, LocalDate lastDay) {
        CategoryAssignment a = assignments.findById(assignmentId)
                .orElseThrow(() -> new NotFoundException("assignment", assignmentId));
        a.end(lastDay);
    }

    public record CategoryBodies(Category category, List<CategoryAssignment> assignments) {

        public List<ResponsibleBody> bodies() {
            return assignments.stream().map(CategoryAssignment::getBody).toList();
        }
    }
}
