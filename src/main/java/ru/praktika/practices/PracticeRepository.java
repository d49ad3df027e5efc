package ru.praktika.practices;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PracticeRepository extends JpaRepository<Practice, Long> {

    List<Practice> findByBodyId(Long bodyId);
}
