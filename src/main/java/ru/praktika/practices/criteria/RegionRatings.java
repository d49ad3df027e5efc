package ru.praktika.practices.criteria;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.platform.ForbiddenException;
import ru.praktika.platform.NotFoundException;
import ru.praktika.platform.security.CurrentUsers;
import ru.praktika.platform.security.Role;
import ru.praktika.practices.card.CheckedFiles;
import ru.praktika.practices.card.StoredFile;

/** Criterion а): the coordinator records a rating edition once; it serves every practice while valid. */
@Service
@Transactional
public class RegionRatings {

    private final RegionRatingEvidenceRepository ratings;
    private final CheckedFiles files;
    private final Clock clock;

    RegionRatings(RegionRatingEvidenceRepository ratings, CheckedFiles files, Clock clock) {
        this.ratings = ratings;
        this.files = files;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<RegionRatingEvidence> editions() {
        return ratings.findAllByOrderByValidFromDesc();
    }

    /** The region-level record of criterion а) that holds on {@code date}, if any. */
    @Transactional(readOnly = true)
    public RegionRatingEvidence on(LocalDate date) {
        return ratings.findAllByOrderByValidFromDesc().stream().filter(r -> r.meetsOn(date)).findFirst().orElse(null);
    }

    RegionRatingEvidence record(int editionYear, int investmentPlace, int qualityPlace, int threshold,
                                String sourceLink, LocalDate validFrom, LocalDate validTo, String fileName, byte[] file) {
        if (!CurrentUsers.get().has(Role.COORDINATOR)) {
            throw new ForbiddenException("only the coordinator records criterion a)");
        }
        StoredFile stored = files.checkIfAny(fileName, file);
        return ratings.save(new RegionRatingEvidence(editionYear, investmentPlace, qualityPlace, threshold, sourceLink,
                validFrom, validTo, stored, CurrentUsers.get().fullName(), clock.instant()));
    }

    /** The edition with its file loaded. */
    @Transactional(readOnly = true)
    RegionRatingEvidence download(Long id) {
        RegionRatingEvidence r = ratings.findById(id).filter(x -> x.getFileName() != null)
                .orElseThrow(() -> new NotFoundException("rating", id));
        r.getFileData();
        return r;
    }
}
