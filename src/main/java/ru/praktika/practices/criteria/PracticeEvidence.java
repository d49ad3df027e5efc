package ru.praktika.practices.criteria;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import ru.praktika.directory.Directory;
import ru.praktika.directory.PlacementCriterion;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.platform.DomainException;
import ru.praktika.platform.NotFoundException;
import ru.praktika.platform.security.CurrentUsers;
import ru.praktika.practices.card.CheckedFiles;
import ru.praktika.practices.card.Practice;
import ru.praktika.practices.card.PracticeAccess;
import ru.praktika.practices.card.PracticeCards;
import ru.praktika.practices.card.StoredFile;

/** Evidence of the practice-level criteria б)–г) of cl. 4.1: added and removed while the card is editable. */
@Service
@Transactional
class PracticeEvidence {

    private final PracticeCards cards;
    private final CriterionEvidenceRepository evidence;
    private final PracticeAccess access;
    private final CheckedFiles files;
    private final Clock clock;
    private final Directory directory;

    PracticeEvidence(PracticeCards cards, CriterionEvidenceRepository evidence, PracticeAccess access,
                     CheckedFiles files, Clock clock, Directory directory) {
        this.directory = directory;
        this.cards = cards;
        this.evidence = evidence;
        this.access = access;
        this.files = files;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<CriterionEvidence> of(Long practiceId) {
        return evidence.findByPracticeIdOrderByCreatedAt(practiceId);
    }

    CriterionEvidence add(Long practiceId, CriterionEvidence.Fields fields, String fileName, byte[] file) {
        Practice p = editable(practiceId);
        StoredFile stored = files.checkIfAny(fileName, file);
        Set<String> declared = directory.placementCriteria().stream()
                .filter(c -> c.getScope() == PlacementCriterion.Scope.PRACTICE).map(PlacementCriterion::getCode)
                .collect(Collectors.toSet());
        return evidence.save(new CriterionEvidence(p.getId(), fields, declared, stored, CurrentUsers.get().fullName(),
                clock.instant()));
    }

    void delete(Long practiceId, Long evidenceId) {
        editable(practiceId);
        CriterionEvidence e = evidence.findById(evidenceId).filter(x -> x.getPracticeId().equals(practiceId))
                .orElseThrow(() -> new NotFoundException("evidence", evidenceId));
        evidence.delete(e);
    }

    /** The evidence with its file loaded, for a reader of the practice. */
    @Transactional(readOnly = true)
    CriterionEvidence download(Long practiceId, Long evidenceId) {
        cards.view(practiceId);
        CriterionEvidence e = evidence.findById(evidenceId).filter(x -> x.getPracticeId().equals(practiceId))
                .filter(x -> x.getFileName() != null)
                .orElseThrow(() -> new NotFoundException("evidence", evidenceId));
        e.getFileData();
        return e;
    }

    private Practice editable(Long practiceId) {
        Practice p = cards.get(practiceId);
        access.requireEdit(p);
        if (!p.isCardEditable()) {
            throw new DomainException("practices.card.locked");
        }
        return p;
    }
}
