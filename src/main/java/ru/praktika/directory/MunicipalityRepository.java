package ru.praktika.directory;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MunicipalityRepository extends JpaRepository<Municipality, Long> {

    List<Municipality> findAllByOrderByTypeAscNameAsc();
}
