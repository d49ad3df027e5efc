package ru.praktika.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import ru.praktika.PraktikaTest;
import ru.praktika.accounts.TestUsers;
import ru.praktika.platform.ReferenceData;

/**
 * Reference data comes from memory, yet a change is seen at the next request: an edit through the
 * application evicts the cache and raises {@code reference_version}; a change another instance made (rows
 * changed and the number raised, by plain SQL here) empties this instance's cache at its next request.
 */
@PraktikaTest
class ReferenceCacheTest {

    @Autowired
    Directory directory;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    CategoryRepository categories;
    @Autowired
    ResponsibleBodyRepository bodies;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;

    @Test
    void anAssignmentMadeThroughTheApplicationIsSeenAtOnceAndRaisesTheSharedVersion() throws Exception {
        Long tourism = categories.findByCode("tourism").orElseThrow().getId();
        Long body = bodies.findByCode("mincifra").orElseThrow().getId();
        LocalDate longAgo = LocalDate.of(2001, 3, 1);
        String page = "/directory?date=01.06.2001";
        String name = bodies.findById(body).orElseThrow().getFullName();
        assertThat(body(page)).doesNotContain(name); // nothing was in force in 2001; the page is cached now
        assertThat(directory.isAssigned(body, tourism, longAgo)).isFalse(); // now cached
        long before = version();

        CategoryAssignment made = directory.assign(tourism, body, longAgo, "Постановление № 12b от 01.03.2001");
        try {
            assertThat(version()).isGreaterThan(before);
            assertThat(directory.isAssigned(body, tourism, longAgo)).isTrue();
            assertThat(body(page)).contains(name);
        } finally {
            jdbc.sql("delete from category_assignment where id = :id").param("id", made.getId()).update();
            referenceData.changed();
        }
        assertThat(directory.isAssigned(body, tourism, longAgo)).isFalse();
        assertThat(body(page)).doesNotContain(name);
    }

    @Test
    void aChangeMadeOnAnotherInstanceIsSeenAtTheNextRequest() throws Exception {
        String page = "/adoption/catalogue";
        FederalSubject subject = directory.federalSubjects().get(88);
        String original = subject.getName();
        String renamed = original + " (переименован 12b)";
        assertThat(body(page)).contains(original).doesNotContain(renamed); // cached now
        try {
            jdbc.sql("update federal_subject set name = :name where id = :id").param("name", renamed)
                    .param("id", subject.getId()).update();
            assertThat(body(page)).as("same version: still the cached name").doesNotContain(renamed);

            jdbc.sql("update reference_version set version = version + 1").update(); // what the other instance does
            assertThat(body(page)).contains(renamed);
        } finally {
            jdbc.sql("update federal_subject set name = :name where id = :id").param("name", original)
                    .param("id", subject.getId()).update();
            jdbc.sql("update reference_version set version = version + 1").update();
        }
        assertThat(body(page)).contains(original).doesNotContain(renamed);
    }

    private String body(String url) throws Exception {
        return mvc.perform(get(url).with(users.as("coordinator"))).andReturn().getResponse().getContentAsString();
    }

    private long version() {
        return jdbc.sql("select version from reference_version").query(Long.class).single();
    }
}
