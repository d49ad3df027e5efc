package ru.praktika.adoption.municipal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.adoption.MunicipalPolicy;

/** {@link MunicipalPolicy} as the body's cl. 6 settings say; no settings yet means "yes". */
@Service
@Transactional(readOnly = true)
class MunicipalSettingsPolicy implements MunicipalPolicy {

    private final MunicipalSettingsRepository settings;

    MunicipalSettingsPolicy(MunicipalSettingsRepository settings) {
        this.settings = settings;
    }

    @Override
    public boolean municipalitiesMayPropose(Long bodyId) {
        return settings.findById(bodyId).map(MunicipalSettings::isMunicipalitiesPropose).orElse(true);
    }
}
