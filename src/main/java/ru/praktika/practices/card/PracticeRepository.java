package ru.praktika.practices.card;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PracticeRepository extends JpaRepository<Practice, Long> {

    List<Practice> findByBodyId(Long bodyId);
}
