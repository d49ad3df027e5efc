package ru.praktika.practices.proposals;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProposalStatusRepository extends JpaRepository<ProposalStatus, String> {
}
