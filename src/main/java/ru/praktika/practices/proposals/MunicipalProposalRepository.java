package ru.praktika.practices.proposals;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MunicipalProposalRepository extends JpaRepository<MunicipalProposal, Long> {

    List<MunicipalProposal> findAllByOrderByProposedAtDesc();

    List<MunicipalProposal> findByMunicipalityIdOrderByProposedAtDesc(Long municipalityId);

    List<MunicipalProposal> findByBodyIdOrderByProposedAtDesc(Long bodyId);

    long countByBodyIdAndStatus(Long bodyId, String status);
}
