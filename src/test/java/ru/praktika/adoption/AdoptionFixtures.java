package ru.praktika.adoption;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import ru.praktika.adoption.catalogue.CataloguePractice;
import ru.praktika.adoption.catalogue.CataloguePracticeRepository;
import ru.praktika.adoption.catalogue.PracticeCard;
import ru.praktika.adoption.implementation.Implementation;
import ru.praktika.adoption.implementation.Implementations;
import ru.praktika.adoption.roadmap.Roadmaps;
import ru.praktika.adoption.study.PracticeStudy;
import ru.praktika.adoption.study.Studies;
import ru.praktika.directory.Directory;
import ru.praktika.directory.FederalSubjectRepository;

/** Builds adoption records for tests through the services, acting as a demo user. */
@Component
public class AdoptionFixtures {

    final CataloguePracticeRepository practices;
    final FederalSubjectRepository subjects;
    final Directory directory;
    final Studies studies;
    public final Implementations implementations;
    final Roadmaps roadmaps;
    final UserDetailsService users;

    AdoptionFixtures(CataloguePracticeRepository practices, FederalSubjectRepository subjects, Directory directory,
                     Studies studies, Implementations implementations, Roadmaps roadmaps, UserDetailsService users) {
        this.practices = practices;
        this.subjects = subjects;
        this.directory = directory;
        this.studies = studies;
        this.implementations = implementations;
        this.roadmaps = roadmaps;
        this.users = users;
    }

    public void as(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    public void clear() {
        SecurityContextHolder.clearContext();
    }

    public Long category(String name) {
        return directory.categories().stream().filter(c -> c.getName().equals(name)).findFirst().orElseThrow().getId();
    }

    public CataloguePractice practice(String title, String algorithm) {
        return practices.save(new CataloguePractice(new PracticeCard("https://smarteka.com/practices/test-" + UUID.randomUUID(),
                title, subjects.findByCode("25").orElseThrow().getId(), category("Здравоохранение"), "Описание", algorithm,
                "Результаты", null, "тест", true, 2024)));
    }

    /** A practice studied with decision "implement" and the application filed, as {@code officer}. */
    public Implementation applied(String officer, String algorithm) {
        as(officer);
        CataloguePractice p = practice("Тестовая практика " + UUID.randomUUID(), algorithm);
        studies.record(p.getId(), null, new Studies.StudyData("заметки", null, null, null,
                PracticeStudy.Decision.IMPLEMENT, null, true));
        Implementation i = implementations.ofPractice(p.getId(), users.loadUserByUsername(officer) instanceof
                ru.praktika.platform.security.HasCurrentUser h ? h.currentUser().bodyId() : null).orElseThrow();
        return implementations.apply(i.getId(), i.getVersion(), LocalDate.now().minusDays(1), "Заявка № 1", null);
    }
}
