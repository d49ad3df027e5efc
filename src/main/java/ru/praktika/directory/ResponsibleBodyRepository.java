package ru.praktika.directory;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ResponsibleBodyRepository extends JpaRepository<ResponsibleBody, Long> {

    List<ResponsibleBody> findAllByOrderByFullName();

    Optional<ResponsibleBody> findByCode(String code);

    Optional<ResponsibleBody> findFirstByCoordinatorTrue();
}
