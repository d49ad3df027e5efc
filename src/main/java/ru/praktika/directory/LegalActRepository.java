package ru.praktika.directory;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface LegalActRepository extends JpaRepository<LegalAct, Long> {

    List<LegalAct> findAllByOrderByStatusAscDateDesc();
}
