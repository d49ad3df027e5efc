package ru.praktika.adoption.implementation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ImplementationRepository extends JpaRepository<Implementation, Long> {

    Optional<Implementation> findByPracticeIdAndBodyId(Long practiceId, Long bodyId);

    List<Implementation> findByBodyIdOrderByIdDesc(Long bodyId);

    List<Implementation> findAllByOrderByIdDesc();
}
