package ru.praktika.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import ru.praktika.PraktikaTest;
import ru.praktika.accounts.MatrixUsers;
import ru.praktika.platform.security.Role;

/**
 * Walks every endpoint of the application with a user of every role and holds it to the matrix in
 * docs/permissions.md: "−" must answer 403, "+" must not. "свои"/"общ." cells depend on the record
 * and are covered by record-level tests; here they are only required to be declared.
 * Path variables are replaced by an id that does not exist, so a role-level refusal must come
 * before any record is looked up.
 */
@PraktikaTest
class PermissionMatrixTest {

    private static final Role[] COLUMNS = {Role.COORDINATOR, Role.OFFICER, Role.HEAD, Role.MUNICIPALITY,
            Role.OBSERVER, Role.ADMIN};
    private static final Set<String> FRAMEWORK_PATHS = Set.of("/error");

    @Autowired
    MockMvc mvc;
    @Autowired
    MatrixUsers users;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyEndpointIsDeclaredAndAnswersEveryRoleAsDeclared() throws Exception {
        Map<String, List<String>> matrix = readMatrix();
        Set<String> endpoints = endpoints();
        assertThat(matrix.keySet())
                .as("every endpoint must have a row in docs/permissions.md")
                .containsAll(endpoints);

        List<String> wrong = new ArrayList<>();
        for (String endpoint : endpoints) {
            List<String> cells = matrix.get(endpoint);
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String path = endpoint.substring(endpoint.indexOf(' ') + 1).replaceAll("\\{[^}]+}", "999999");
            for (int i = 0; i < COLUMNS.length; i++) {
                String cell = cells.get(i);
                if (!cell.equals("+") && !cell.equals("−")) {
                    continue;
                }
                MockHttpServletRequestBuilder builder = request(HttpMethod.valueOf(method), path).with(users.as(COLUMNS[i]));
                if (!method.equals("GET")) {
                    builder = builder.with(csrf());
                }
                int status = mvc.perform(builder).andReturn().getResponse().getStatus();
                boolean denied = status == 403;
                if (cell.equals("−") != denied) {
                    wrong.add(endpoint + " as " + COLUMNS[i] + ": expected " + (cell.equals("−") ? "403" : "not 403")
                            + ", got " + status);
                }
            }
        }
        assertThat(wrong).as("answers that differ from docs/permissions.md").isEmpty();
    }

    /** The anonymous column: "+" must answer without sending to the login (200 or 404 for a made-up id). */
    @Test
    void anonymousUsersAreSentToLoginEverywhereButTheOpenPages() throws Exception {
        Set<String> open = Set.of("GET /login", "GET /session-expired");
        Map<String, List<String>> matrix = readMatrix();
        for (String endpoint : endpoints()) {
            if (open.contains(endpoint)) {
                continue;
            }
            if (isOpenToAnonymous(matrix.get(endpoint))) {
                String path = endpoint.substring(endpoint.indexOf(' ') + 1).replaceAll("\\{[^}]+}", "999999");
                int status = mvc.perform(get(path)).andReturn().getResponse().getStatus();
                assertThat(status).as("anonymous " + endpoint).isIn(200, 404);
                continue;
            }
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String path = endpoint.substring(endpoint.indexOf(' ') + 1).replaceAll("\\{[^}]+}", "999999");
            MockHttpServletRequestBuilder builder = request(HttpMethod.valueOf(method), path);
            if (!method.equals("GET")) {
                builder = builder.with(csrf());
            }
            int status = mvc.perform(builder).andReturn().getResponse().getStatus();
            assertThat(status).as(endpoint).isIn(302, 401, 403);
        }
    }

    /** The anonymous column of a row of the matrix (rows without one are closed to anonymous visitors). */
    static boolean isOpenToAnonymous(List<String> cells) {
        return cells != null && cells.size() > COLUMNS.length && cells.get(COLUMNS.length).equals("+");
    }

    Set<String> endpoints() {
        Set<String> result = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = e.getKey();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (FRAMEWORK_PATHS.contains(pattern)) {
                    continue;
                }
                if (methods.isEmpty()) {
                    result.add("GET " + pattern);
                } else {
                    methods.forEach(m -> result.add(m.name() + " " + pattern));
                }
            }
        }
        return result;
    }

    static Map<String, List<String>> readMatrix() throws IOException {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("docs/permissions.md"), StandardCharsets.UTF_8)) {
            if (!line.startsWith("| ") || line.startsWith("| Метод") || line.startsWith("|---")) {
                continue;
            }
            String[] cells = line.split("\\|");
            if (cells.length < 9) {
                continue;
            }
            String key = cells[1].trim() + " " + cells[2].trim();
            List<String> roles = new ArrayList<>();
            for (int i = 3; i < 9; i++) {
                roles.add(cells[i].trim());
            }
            // A row with an anonymous column (the showcase's table) has one cell more before its comment.
            roles.add(cells.length > 10 ? cells[9].trim() : "−");
            rows.put(key, roles);
        }
        return rows;
    }
}
