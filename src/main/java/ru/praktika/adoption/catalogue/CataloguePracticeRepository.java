package ru.praktika.adoption.catalogue;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CataloguePracticeRepository extends JpaRepository<CataloguePractice, Long> {

    @Query("select p from CataloguePractice p where lower(p.smartekaUrl) = lower(?1)")
    Optional<CataloguePractice> findByUrl(String smartekaUrl);
}
