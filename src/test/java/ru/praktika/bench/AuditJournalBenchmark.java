package ru.praktika.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import ru.praktika.PraktikaTest;
import ru.praktika.accounts.AppUser;
import ru.praktika.accounts.AppUserRepository;
import ru.praktika.accounts.TestUsers;
import ru.praktika.platform.security.Role;

/**
 * How the journal holds up with many changes: fills N users (one revision each) and edits each once,
 * then times the first page, a deep page, a filtered page and the XLSX export of the filtered list.
 * Not run by verify; run with -Dtest=AuditJournalBenchmark. Results in docs/benchmarks-accounts.md.
 */
@PraktikaTest
class AuditJournalBenchmark {

    private static final int USERS = 2000;

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    AppUserRepository repository;
    @Autowired
    TransactionTemplate tx;

    @Test
    void journalWithManyChanges() throws Exception {
        long fillStart = System.nanoTime();
        List<Long> ids = new ArrayList<>();
        for (int batch = 0; batch < USERS / 100; batch++) {
            int b = batch;
            tx.executeWithoutResult(s -> {
                for (int i = 0; i < 100; i++) {
                    AppUser u = new AppUser("bench." + b + "." + i, "Нагрузочный Пользователь " + b + "-" + i,
                            Set.of(Role.OBSERVER), null, null);
                    ids.add(repository.save(u).getId());
                }
            });
        }
        for (Long id : ids) {
            tx.executeWithoutResult(s -> repository.findById(id).orElseThrow().contacts("наблюдатель", null, null));
        }
        System.out.printf("fill: %d users + %d edits in %d ms%n", USERS, USERS, (System.nanoTime() - fillStart) / 1_000_000);

        time("first page (all types)", get("/audit"));
        time("page 60 (all types)", get("/audit").param("page", "60"));
        time("filtered: type=AppUser, user=system", get("/audit").param("type", "AppUser").param("user", "system"));
        MvcResult export = time("export type=AppUser (all rows)", get("/audit/export.xlsx").param("type", "AppUser"));
        System.out.printf("export size: %d KB%n", export.getResponse().getContentAsByteArray().length / 1024);
    }

    private MvcResult time(String what, MockHttpServletRequestBuilder request) throws Exception {
        mvc.perform(request.with(users.as("coordinator"))).andReturn(); // warm up
        long start = System.nanoTime();
        MvcResult r = mvc.perform(request.with(users.as("coordinator"))).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        System.out.printf("%s: %d ms%n", what, (System.nanoTime() - start) / 1_000_000);
        return r;
    }
}
