package ru.praktika.adoption;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a body works with municipalities (cl. 6), for the other modules: the practices module asks it
 * before taking a municipality's proposal. A body that has set nothing keeps both doors open.
 */
@Service
@Transactional(readOnly = true)
public class MunicipalPolicy {

    private final MunicipalSettingsRepository settings;

    MunicipalPolicy(MunicipalSettingsRepository settings) {
        this.settings = settings;
    }

    public boolean municipalitiesMayPropose(Long bodyId) {
        return settings.findById(bodyId).map(MunicipalSettings::isMunicipalitiesPropose).orElse(true);
    }
}
