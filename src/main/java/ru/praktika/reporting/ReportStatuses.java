package ru.praktika.reporting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.platform.DomainException;

/** The statuses and transitions tables, read once (they change only with a migration). */
@Component
public class ReportStatuses {

    private final ReportStatusRepository statuses;
    private final ReportTransitionRepository transitions;
    private volatile Map<String, ReportStatus> byCode;
    private volatile Map<ReportTransition.Key, String> moves;

    ReportStatuses(ReportStatusRepository statuses, ReportTransitionRepository transitions) {
        this.statuses = statuses;
        this.transitions = transitions;
    }

    public ReportStatus get(String code) {
        return load().get(code);
    }

    public List<ReportStatus> all() {
        return List.copyOf(load().values());
    }

    /** The status a report moves to by {@code action}, or a refusal the user can read. */
    String next(String from, Action action) {
        if (moves == null) {
            Map<ReportTransition.Key, String> m = new LinkedHashMap<>();
            transitions.findAll().forEach(t -> m.put(t.getKey(), t.getToCode()));
            moves = m;
        }
        String to = moves.get(new ReportTransition.Key(from, action.name()));
        if (to == null) {
            throw new DomainException("reporting.transition.refused", get(from).getName());
        }
        return to;
    }

    @Transactional(readOnly = true)
    Map<String, ReportStatus> load() {
        if (byCode == null) {
            Map<String, ReportStatus> m = new LinkedHashMap<>();
            statuses.findAllByOrderBySortOrder().forEach(s -> m.put(s.getCode(), s));
            byCode = m;
        }
        return byCode;
    }

    enum Action {
        SEND_FOR_SIGNOFF, SIGN, BACK_TO_DRAFT, ACCEPT, RETURN
    }
}

interface ReportStatusRepository extends JpaRepository<ReportStatus, String> {

    List<ReportStatus> findAllByOrderBySortOrder();
}

interface ReportTransitionRepository extends JpaRepository<ReportTransition, ReportTransition.Key> {
}
