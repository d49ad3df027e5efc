package ru.praktika.practices;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RegionRatingEvidenceRepository extends JpaRepository<RegionRatingEvidence, Long> {

    List<RegionRatingEvidence> findAllByOrderByValidFromDesc();
}
