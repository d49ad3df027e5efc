package ru.praktika.practices.proposals;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProposalStatusRepository extends JpaRepository<ProposalStatus, String> {
}
