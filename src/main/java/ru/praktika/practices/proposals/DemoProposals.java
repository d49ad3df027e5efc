package ru.praktika.practices.proposals;

import java.time.Clock;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.directory.Category;
import ru.praktika.directory.Directory;
import ru.praktika.directory.Municipality;
import ru.praktika.directory.ResponsibleBody;

/** A demo proposal of г. Благовещенск to Минздрав (cl. 6), waiting for the body. Demo run, empty table only. */
@Component
@Profile("demo")
@Order(41)
class DemoProposals implements ApplicationRunner {

    private final MunicipalProposalRepository proposals;
    private final Directory directory;
    private final Clock clock;

    DemoProposals(MunicipalProposalRepository proposals, Directory directory, Clock clock) {
        this.proposals = proposals;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (proposals.count() > 0) {
            return;
        }
        Long blag = directory.municipalities().stream().filter(m -> m.getName().equals("город Благовещенск"))
                .map(Municipality::getId).findFirst().orElse(null);
        Long zdrav = directory.bodies().stream().filter(b -> b.getCode().equals("minzdrav"))
                .map(ResponsibleBody::getId).findFirst().orElseThrow();
        Long health = directory.categories().stream().filter(c -> c.getCode().equals("health"))
                .map(Category::getId).findFirst().orElseThrow();
        proposals.save(new MunicipalProposal(blag, zdrav, health, "Школа ухода за пожилыми родственниками",
                "Бесплатные занятия для родственников, ухаживающих за лежачими пациентами, на базе городской поликлиники.",
                "Родственники не знают, как правильно ухаживать за лежачими больными.",
                "Набрать группу через участковых врачей\nПровести шесть занятий с медицинской сестрой\nВыдать памятки",
                "Прошли обучение 120 человек.", "Орлова Дарья Игоревна, +7 (4162) 59-00-00",
                "Орлова Дарья Игоревна", clock.instant()));
    }
}
