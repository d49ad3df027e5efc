package ru.praktika.directory;

import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the region profile (read and checked by {@link RegionProfileConfiguration}) into an empty database
 * on start-up. Once loaded, the directory belongs to the coordinator: later starts leave it alone, so edits
 * made in the application are never undone.
 */
@Component
@Order(10)
class RegionProfileLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RegionProfileLoader.class);

    private final RegionProfile profile;
    private final RegionRepository regions;
    private final CategoryRepository categories;
    private final ResponsibleBodyRepository bodies;
    private final CategoryAssignmentRepository assignments;
    private final MunicipalityRepository municipalities;
    private final LegalActRepository legalActs;
    private final PlacementCriterionRepository criteria;

    RegionProfileLoader(RegionProfile profile,
                        RegionRepository regions, CategoryRepository categories, ResponsibleBodyRepository bodies,
                        CategoryAssignmentRepository assignments, MunicipalityRepository municipalities,
                        LegalActRepository legalActs, PlacementCriterionRepository criteria) {
        this.profile = profile;
        this.regions = regions;
        this.categories = categories;
        this.bodies = bodies;
        this.assignments = assignments;
        this.municipalities = municipalities;
        this.legalActs = legalActs;
        this.criteria = criteria;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (regions.count() > 0) {
            return;
        }
        RegionProfile p = profile;
        load(p);
        log.info("Загружен профиль региона «{}»: {} категорий, {} органов, {} муниципальных образований",
                p.region().name(), p.categories().size(), p.bodies().size(), p.municipalities().size());
    }

    private void load(RegionProfile p) {
        RegionProfile.Reporting r = p.reporting();
        Region region = new Region(p.region().code(), p.region().name(), p.region().nameGenitive(),
                p.placementRule() == null ? Region.PlacementRule.AT_LEAST_ONE : p.placementRule(),
                r.period(), r.dueDay(), r.monthsAfter(),
                r.shift() == null ? Region.DeadlineShift.NEXT_WORKING_DAY : r.shift());
        region.namePrepositional(p.region().namePrepositional());
        region.placementNeedsHead(Boolean.TRUE.equals(p.placementNeedsHead()));
        if (p.coordinatorHead() != null) {
            region.signatory(p.coordinatorHead().position(), p.coordinatorHead().name());
        }
        regions.save(region);

        RegionProfile.Act act = p.legalAct();
        legalActs.save(new LegalAct(act.kind(), act.number(), act.date(), act.title(), LegalActStatus.IN_FORCE, act.url()));
        for (RegionProfile.Act repealed : p.repealedActs()) {
            legalActs.save(new LegalAct(repealed.kind(), repealed.number(), repealed.date(), repealed.title(),
                    LegalActStatus.REPEALED, repealed.url()));
        }

        Map<String, ResponsibleBody> byCode = new HashMap<>();
        for (RegionProfile.Body b : p.bodies()) {
            ResponsibleBody body = new ResponsibleBody(b.code(), b.fullName(), b.shortName(), b.email());
            if (b.code().equals(p.coordinator())) {
                body.makeCoordinator();
            }
            byCode.put(b.code(), bodies.save(body));
        }

        String basis = LegalAct.reference(act.kind(), act.date(), act.number());
        int order = 0;
        for (RegionProfile.CategoryEntry c : p.categories()) {
            Category category = categories.save(new Category(c.code(), c.name(), ++order));
            int position = 0;
            for (String bodyCode : c.bodies()) {
                assignments.save(new CategoryAssignment(category, byCode.get(bodyCode), act.date(), basis, ++position));
            }
        }

        int criterionOrder = 0;
        for (RegionProfile.Criterion c : p.criteria()) {
            criteria.save(new PlacementCriterion(c.code(), c.letter(), c.wording(), c.scope(), ++criterionOrder));
        }

        for (RegionProfile.MunicipalityEntry m : p.municipalities()) {
            municipalities.save(new Municipality(m.name(), m.type(), m.validFrom(), m.validTo()));
        }
    }
}
