package ru.praktika.practices.criteria;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RegionRatingEvidenceRepository extends JpaRepository<RegionRatingEvidence, Long> {

    List<RegionRatingEvidence> findAllByOrderByValidFromDesc();
}
