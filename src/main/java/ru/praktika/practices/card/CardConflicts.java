package ru.praktika.practices.card;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;
import ru.praktika.audit.AuditTrail;
import ru.praktika.audit.LastChange;
import ru.praktika.directory.Directory;

/**
 * What the second of two editors is told: who saved the card last (the last Envers revision), when, and which
 * fields are now saved differently from what they typed, with the saved values.
 */
@Component
class CardConflicts {

    private final AuditTrail audit;
    private final Directory directory;

    CardConflicts(AuditTrail audit, Directory directory) {
        this.audit = audit;
        this.directory = directory;
    }

    PracticeConflictException of(Practice current, PracticeCard typed) {
        Optional<LastChange> last = audit.lastChange(Practice.class, current.getId());
        String who = last.map(LastChange::who).orElse("");
        Instant when = last.map(LastChange::at).orElse(current.getUpdatedAt());
        PracticeCard saved = cardOf(current);
        List<PracticeConflictException.FieldDifference> diffs = new ArrayList<>();
        for (RecordComponent rc : PracticeCard.class.getRecordComponents()) {
            Object a = normalise(value(rc, saved));
            Object b = normalise(value(rc, typed));
            if (!Objects.equals(a, b)) {
                diffs.add(new PracticeConflictException.FieldDifference(rc.getName(), display(rc.getName(), a)));
            }
        }
        return new PracticeConflictException(who, when, diffs, current.getVersion());
    }

    private String display(String field, Object value) {
        if (value == null) {
            return "";
        }
        return switch (field) {
            case "categoryId" -> directory.category((Long) value).getName();
            case "municipalityId" -> directory.municipality((Long) value).getName();
            default -> value.toString();
        };
    }

    private static Object value(RecordComponent rc, PracticeCard card) {
        try {
            return rc.getAccessor().invoke(card);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object normalise(Object v) {
        if (v instanceof String s) {
            String t = s.strip().replace("\r\n", "\n");
            return t.isEmpty() ? null : t;
        }
        if (v instanceof List<?> list) {
            List<String> keys = list.stream().map(o -> o instanceof Indicator i ? indicatorKey(i) : String.valueOf(o)).toList();
            return keys.isEmpty() ? null : String.join("; ", keys);
        }
        return v;
    }

    private static String indicatorKey(Indicator i) {
        return i.getName() + " (" + Objects.toString(i.getUnit(), "") + "): "
                + (i.getBaseValue() == null ? "" : i.getBaseValue().stripTrailingZeros().toPlainString()) + " → "
                + (i.getAchievedValue() == null ? "" : i.getAchievedValue().stripTrailingZeros().toPlainString());
    }

    private static PracticeCard cardOf(Practice p) {
        return new PracticeCard(p.getTitle(), p.getCategoryId(), p.getMunicipalityId(), p.getLeaderName(),
                p.getLeaderPosition(), p.getLeaderPhone(), p.getLeaderEmail(), p.getSummary(), p.getProblem(),
                p.getAlgorithm(), p.getResults(), List.copyOf(p.getIndicators()), p.getResourcesStaff(),
                p.getResourcesMoney(), p.getResourcesMaterials(), p.getPeriodStart(), p.getPeriodEnd(),
                p.getLegalActs(), p.getPartners(), p.getTags());
    }
}
