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
import ru.praktika.platform.ReferenceData;

/**
 * The directory's public face: what other modules ask of App. 1 and the region's rules. Reads come from
 * {@link ReferenceData} (every page needs them, they change a few times a year); the cached lists are
 * immutable and the entities in them are never edited: the write methods load their records anew.
 * No class-level transaction, so a cached read takes no connection from the pool.
 */
@Service
public class Directory {

    private final RegionRepository regions;
    private final CategoryRepository categories;
    private final ResponsibleBodyRepository bodies;
    private final CategoryAssignmentRepository assignments;
    private final MunicipalityRepository municipalities;
    private final LegalActRepository legalActs;
    private final PlacementCriterionRepository criteria;
    private final FederalSubjectRepository subjects;
    private final ReferenceData cache;
    private final Clock clock;

    Directory(RegionRepository regions, CategoryRepository categories, ResponsibleBodyRepository bodies,
              CategoryAssignmentRepository assignments, MunicipalityRepository municipalities,
              LegalActRepository legalActs, PlacementCriterionRepository criteria, FederalSubjectRepository subjects,
              ReferenceData cache, Clock clock) {
        this.subjects = subjects;
        this.cache = cache;
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
        return cache.get("directory.region", () -> regions.findAll().stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("Region profile has not been loaded")));
    }

    public List<Category> categories() {
        return cache.get("directory.categories", () -> List.copyOf(categories.findAllByOrderBySortOrder()));
    }

    public Category category(Long id) {
        return categories().stream().filter(c -> c.getId().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("category", id));
    }

    public List<ResponsibleBody> bodies() {
        return cache.get("directory.bodies", () -> List.copyOf(bodies.findAllByOrderByFullName()));
    }

    public ResponsibleBody body(Long id) {
        return bodies().stream().filter(b -> b.getId().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("body", id));
    }

    public ResponsibleBody coordinator() {
        return bodies().stream().filter(ResponsibleBody::isCoordinator).findFirst()
                .orElseThrow(() -> new IllegalStateException("The region profile names no coordinator"));
    }

    public List<Municipality> municipalities() {
        return cache.get("directory.municipalities", () -> List.copyOf(municipalities.findAllByOrderByTypeAscNameAsc()));
    }

    public Municipality municipality(Long id) {
        return municipalities().stream().filter(m -> m.getId().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("municipality", id));
    }

    public List<LegalAct> legalBasis() {
        return cache.get("directory.legalBasis", () -> List.copyOf(legalActs.findAllByOrderByStatusAscDateDesc()));
    }

    public List<PlacementCriterion> placementCriteria() {
        return cache.get("directory.criteria", () -> List.copyOf(criteria.findAllByOrderBySortOrder()));
    }

    /** The 89 subjects of the Russian Federation in their official order. */
    public List<FederalSubject> federalSubjects() {
        return cache.get("directory.subjects", () -> List.copyOf(subjects.findAllByOrderBySortOrder()));
    }

    /** Assignments in force on {@code date}, in App. 1's order (cached per day: pages ask for today). */
    private List<CategoryAssignment> inForceOn(LocalDate date) {
        return cache.get("directory.inForce." + date, () -> List.copyOf(assignments.findInForceOn(date)));
    }

    /** App. 1 as it stood on {@code date}: every category, in the decree's order, with its bodies. */
    public List<CategoryBodies> appendixOne(LocalDate date) {
        // By id: the cached categories and those joined to the assignments are different instances.
        Map<Long, Category> categoryById = new LinkedHashMap<>();
        Map<Long, List<CategoryAssignment>> byCategory = new LinkedHashMap<>();
        categories().forEach(c -> {
            categoryById.put(c.getId(), c);
            byCategory.put(c.getId(), new ArrayList<>());
        });
        for (CategoryAssignment a : inForceOn(date)) {
            categoryById.putIfAbsent(a.getCategory().getId(), a.getCategory());
            byCategory.computeIfAbsent(a.getCategory().getId(), c -> new ArrayList<>()).add(a);
        }
        List<CategoryBodies> rows = new ArrayList<>();
        byCategory.forEach((id, list) -> rows.add(new CategoryBodies(categoryById.get(id), List.copyOf(list))));
        return rows;
    }

    public List<CategoryBodies> appendixOne() {
        return appendixOne(LocalDate.now(clock));
    }

    /** The categories a body answers for on {@code date}. */
    public List<Category> categoriesOf(Long bodyId, LocalDate date) {
        return inForceOn(date).stream()
                .filter(a -> a.getBody().getId().equals(bodyId))
                .map(CategoryAssignment::getCategory)
                .toList();
    }

    public boolean isAssigned(Long bodyId, Long categoryId, LocalDate date) {
        return inForceOn(date).stream()
                .anyMatch(a -> a.getBody().getId().equals(bodyId) && a.getCategory().getId().equals(categoryId));
    }

    @Transactional(readOnly = true)
    public List<CategoryAssignment> assignmentHistory() {
        return assignments.findHistory();
    }

    /** A new decree adds a body to a category from a date. */
    @Transactional
    public CategoryAssignment assign(Long categoryId, Long bodyId, LocalDate from, String basis) {
        Category category = categories.findById(categoryId).orElseThrow(() -> new NotFoundException("category", categoryId));
        ResponsibleBody body = bodies.findById(bodyId).orElseThrow(() -> new NotFoundException("body", bodyId));
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
