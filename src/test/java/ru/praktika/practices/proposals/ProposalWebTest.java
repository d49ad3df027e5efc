package ru.praktika.practices.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import ru.praktika.PraktikaTest;
import ru.praktika.accounts.TestUsers;
import ru.praktika.directory.Directory;
import ru.praktika.practices.PracticePages;
import ru.praktika.practices.card.Practice;
import ru.praktika.practices.card.PracticeRepository;

/**
 * Municipal proposals of cl. 6 through their pages: a municipality sees only its own, the body decides, a
 * body that closed proposals refuses them with a reason.
 */
@PraktikaTest
class ProposalWebTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired Directory directory;
    @Autowired PracticeRepository practices;
    @Autowired MunicipalProposalRepository proposals;

    PracticePages pages;

    @BeforeEach
    void pages() {
        pages = new PracticePages(mvc, users, directory);
    }

    @Test
    void aMunicipalitySeesOnlyItsProposalsAndTheBodyDecides() throws Exception {
        MockHttpServletResponse r = mvc.perform(post("/proposals").with(csrf()).with(users.as("mun.blag"))
                .param("bodyId", pages.body("minzdrav").toString()).param("categoryId", pages.category("health").toString())
                .param("title", "Школа ухода " + UUID.randomUUID()).param("summary", "Занятия для родственников")
                .param("contact", "Орлова Д. И.")).andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(302);
        Long own = Long.valueOf(r.getRedirectedUrl().substring("/proposals/".length()));
        Long otherMunicipality = directory.municipalities().stream().filter(m -> !m.getName().equals("город Благовещенск"))
                .findFirst().orElseThrow().getId();
        MunicipalProposal foreign = proposals.save(new MunicipalProposal(otherMunicipality, pages.body("minzdrav"), null,
                "Чужое предложение", "Описание", null, null, null, "Иванов", "Иванов", Instant.now()));
        assertThat(mvc.perform(get("/proposals/" + foreign.getId()).with(users.as("mun.blag")))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(pages.page("mun.blag", "/proposals")).doesNotContain("Чужое предложение");
        assertThat(mvc.perform(get("/practices").with(users.as("mun.blag"))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        // Another body may not decide; a decline needs a reason; the municipality sees the outcome.
        assertThat(mvc.perform(post("/proposals/" + own + "/decline").with(csrf()).with(users.as("officer.soc"))
                .param("version", "0").param("reason", "нет")).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/proposals/" + own + "/decline").with(csrf()).with(users.as("officer.zdrav"))
                .param("version", "0").param("reason", " ")).andReturn().getResponse().getStatus()).isEqualTo(422);
        assertThat(mvc.perform(post("/proposals/" + own + "/decline").with(csrf()).with(users.as("officer.zdrav"))
                .param("version", "0").param("reason", "Практика уже реализуется в области"))
                .andReturn().getResponse().getStatus()).isEqualTo(302);
        assertThat(pages.page("mun.blag", "/proposals/" + own)).contains("Практика уже реализуется в области", "отклонена");

        MunicipalProposal another = proposals.save(new MunicipalProposal(otherMunicipality, pages.body("minzdrav"),
                pages.category("health"), "Принимаемое предложение", "Описание", "Проблема", "Шаг 1\nШаг 2", null, "Иванов",
                "Иванов", Instant.now()));
        MockHttpServletResponse accepted = mvc.perform(post("/proposals/" + another.getId() + "/accept").with(csrf())
                .with(users.as("officer.zdrav")).param("version", "0").param("categoryId", pages.category("health").toString()))
                .andReturn().getResponse();
        assertThat(accepted.getStatus()).isEqualTo(302);
        assertThat(accepted.getRedirectedUrl()).endsWith("/edit");
        Practice prefilled = practices.findById(proposals.findById(another.getId()).orElseThrow().getPracticeId()).orElseThrow();
        assertThat(prefilled.getTitle()).isEqualTo("Принимаемое предложение");
        assertThat(prefilled.getAlgorithm()).isEqualTo("Шаг 1\nШаг 2");
        assertThat(prefilled.getMunicipalityId()).isEqualTo(otherMunicipality);
    }

    @Test
    void aBodyThatClosedProposalsRefusesThemWithAReasonAndTheFormKeepsWhatWasTyped() throws Exception {
        String title = "Закрытое предложение " + UUID.randomUUID();
        mvc.perform(post("/adoption/settings").with(csrf()).with(users.as("officer.soc"))
                .param("municipalitiesUpdate", "true").param("municipalitiesPropose", "false"));
        try {
            MockHttpServletResponse r = mvc.perform(post("/proposals").with(csrf()).with(users.as("mun.blag"))
                    .param("bodyId", pages.body("minsoc").toString()).param("title", title)
                    .param("summary", "Описание").param("contact", "Орлова Д. И.")).andReturn().getResponse();
            assertThat(r.getStatus()).isEqualTo(200);
            assertThat(r.getContentAsString()).contains("сейчас не принимает предложения практик").contains(title);
        } finally {
            mvc.perform(post("/adoption/settings").with(csrf()).with(users.as("officer.soc"))
                    .param("municipalitiesUpdate", "true").param("municipalitiesPropose", "true"));
        }
    }
}
