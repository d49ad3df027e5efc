package ru.praktika.adoption.municipal;

import org.springframework.data.jpa.repository.JpaRepository;

interface MunicipalSettingsRepository extends JpaRepository<MunicipalSettings, Long> {
}
