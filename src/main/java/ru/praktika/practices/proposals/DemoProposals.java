package ru.praktika.practices.proposals;

import java.time.Clock;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.directory.DemoCast;

/** A demo proposal of the demo municipality to the first demo body (cl. 6; г. Благовещенск to Минздрав for Amur), waiting for the body. Demo run, empty table only. */
@Component
@Profile("demo")
@Order(41)
class DemoProposals implements ApplicationRunner {

    private final MunicipalProposalRepository proposals;
    private final DemoCast cast;
    private final Clock clock;

    DemoProposals(MunicipalProposalRepository proposals, DemoCast cast, Clock clock) {
        this.proposals = proposals;
        this.cast = cast;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (proposals.count() > 0) {
            return;
        }
        Long blag = cast.municipalityId().orElse(null);
        Long zdrav = cast.firstBody();
        Long health = cast.firstCategory();
        proposals.save(new MunicipalProposal(blag, zdrav, health, "Школа ухода за пожилыми родственниками",
                "Бесплатные занятия для родственников, ухаживающих за лежачими пациентами, на базе городской поликлиники.",
                "Родственники не знают, как правильно ухаживать за лежачими больными.",
                "Набрать группу через участковых врачей\nПровести шесть занятий с медицинской сестрой\nВыдать памятки",
                "Прошли обучение 120 человек.", "Орлова Дарья Игоревна, +7 (4162) 59-00-00",
                "Орлова Дарья Игоревна", clock.instant()));
    }
}
