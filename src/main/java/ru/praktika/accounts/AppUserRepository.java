package ru.praktika.accounts;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsernameIgnoreCase(String username);

    Optional<AppUser> findByEmailIgnoreCase(String email);

    List<AppUser> findByBodyIdOrderByFullName(Long bodyId);

    List<AppUser> findAllByOrderByFullName();

    boolean existsByIdAndPasswordTemporaryTrue(Long id);
}
