package ru.praktika.practices.card;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PracticeRepository extends JpaRepository<Practice, Long> {

    List<Practice> findByBodyId(Long bodyId);

    /** What a report row needs of a body's practices, without their eager indicators (one statement for any number). */
    @org.springframework.data.jpa.repository.Query(
            "select new ru.praktika.practices.card.PracticeHeading(p.id, p.title, p.categoryId) "
                    + "from Practice p where p.bodyId = ?1")
    List<PracticeHeading> findHeadingsByBodyId(Long bodyId);
}
