package ru.praktika.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import ru.praktika.PraktikaTest;
import ru.praktika.accounts.MatrixUsers;
import ru.praktika.accounts.TestUsers;
import ru.praktika.platform.security.Role;

/**
 * No input gives a 5xx: walks every endpoint of docs/permissions.md, as a role that may use it, with
 * malformed values for each of its parameters (taken from the handler: request parameters and form
 * fields, by type), broken list indexes and property paths, control characters, and malformed path
 * variables, then again on real records of the user's own body ({@link RealRecords}). Fails on any answer
 * ≥ 500, any exception escaping MockMvc and any HTML page cut off before its end. At least 1,000 requests;
 * no exceptions listed.
 */
@PraktikaTest
// Its writes with odd values (a municipal setting switched off, say) must not leak into the tests after it.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class MalformedInputTest {

    private static final Role[] COLUMNS = {Role.COORDINATOR, Role.OFFICER, Role.HEAD, Role.MUNICIPALITY,
            Role.OBSERVER, Role.ADMIN};

    /** Parameter names that are not on any handler but feed auto-growing lists and nested paths. */
    private static final Map<String, String> BINDER_TRAPS = new LinkedHashMap<>();

    static {
        BINDER_TRAPS.put("indicators[300].name", "x");
        BINDER_TRAPS.put("indicators[abc].name", "x");
        BINDER_TRAPS.put("indicators[99999999999].name", "x");
        BINDER_TRAPS.put("title[0]", "x");
        BINDER_TRAPS.put("version.x", "1");
        BINDER_TRAPS.put("activities[1000].title", "x");
        BINDER_TRAPS.put("roles[5000]", "ADMIN");
        BINDER_TRAPS.put("class.module.classLoader", "x");
    }

    // Kept short: every value here multiplies the requests of every parameter of every endpoint.
    private static final List<String> BAD_NUMBERS = List.of("999999999", "100000000", "1e30", "99999999999999999999",
            "-1", "abc");
    private static final List<String> BAD_DATES = List.of("32.13.2020", "01.01.999999");
    private static final List<String> BAD_TEXT = List.of("a\u0000b\u0001\u001f\u007f", "x".repeat(5_000));
    private static final List<String> BAD_DECIMALS = List.of("1e30", "1e400");
    private static final List<String> PATH_VALUES = List.of("abc", "99999999999999999999", "%00", "-1", "1e30", "0",
            "1.5");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers demoUsers;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MatrixUsers users;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private int sent;
    private int realWalks;
    private final Map<String, Long> slowest = new java.util.HashMap<>();
    private final List<String> failures = new ArrayList<>();

    @Test
    void noMalformedRequestToAnyEndpointAnswers5xxOrACutOffPage() throws Exception {
        Map<String, List<String>> matrix = PermissionMatrixTest.readMatrix();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            for (String pattern : e.getKey().getPatternValues()) {
                var methods = e.getKey().getMethodsCondition().getMethods();
                for (RequestMethod m : methods.isEmpty() ? java.util.Set.of(RequestMethod.GET) : methods) {
                    List<String> cells = matrix.get(m.name() + " " + pattern);
                    Role role = cells == null ? Role.ADMIN : allowedRole(cells);
                    walk(m.name(), pattern, e.getValue(), role);
                    if (cells != null && pattern.contains("{")) {
                        walkRealRecord(m.name(), pattern, e.getValue(), cells);
                    }
                }
            }
        }
        // GET /error called directly, without an error to show.
        send("GET", "/error", Map.of(), Role.OBSERVER);
        send("GET", "/error", Map.of(), (Role) null);
        slowest.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(8)
                .forEach(e -> System.out.println("MalformedInputTest slowest: " + e.getValue() + " ms " + e.getKey()));
        System.out.println("MalformedInputTest requests: " + sent);
        System.out.println("MalformedInputTest endpoints walked with real records: " + realWalks);
        assertThat(failures).as("malformed requests answered with a 5xx or a cut-off page").isEmpty();
        assertThat(sent).as("requests sent").isGreaterThanOrEqualTo(1000);
    }

    private void walk(String method, String pattern, HandlerMethod handler, Role role) throws Exception {
        long start = System.nanoTime();
        walkParameters(method, pattern, handler, role);
        slowest.put(method + " " + pattern, (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * The same bad values on a real record of the user's own body: a form re-rendered for an existing record
     * (the card with its move form) fails differently from a 404 for a made-up id. Actions without parameters
     * (switch a user off, delete, sign) are left out: they bind nothing and would only change the demo data.
     */
    private void walkRealRecord(String method, String pattern, HandlerMethod handler, List<String> cells)
            throws Exception {
        Map<String, Class<?>> params = parameters(handler);
        if (!method.equals("GET") && params.isEmpty()) {
            return;
        }
        String username = ownUser(cells);
        String path = new RealRecords(jdbc).path(pattern, username);
        if (path == null) {
            return;
        }
        realWalks++;
        int kinds = params.values().stream().mapToInt(t -> badValues(t).size()).max().orElse(1);
        for (int k = 0; k < kinds; k++) {
            Map<String, String> all = new LinkedHashMap<>();
            int kind = k;
            params.forEach((name, type) -> all.put(name, badValues(type).get(kind % badValues(type).size())));
            send(method, path, all, username);
        }
        send(method, path, BINDER_TRAPS, username);
    }

    /** The demo user whose own records the row is about: an officer where officers may, else the first allowed. */
    private static String ownUser(List<String> cells) {
        int[] preference = {1, 2, 0, 3, 4, 5};
        for (int i : preference) {
            if (!cells.get(i).equals("−")) {
                return TestUsers.demoUsername(COLUMNS[i]);
            }
        }
        return "admin";
    }

    private void walkParameters(String method, String pattern, HandlerMethod handler, Role role) throws Exception {
        Map<String, Class<?>> params = parameters(handler);
        String path = pattern.replaceAll("\\{[^}]+}", "999999");
        // Every parameter bad at once, once per kind of bad value (a first error must not hide the others:
        // list filters, where they stand alone, also get one request per parameter).
        int kinds = params.values().stream().mapToInt(t -> badValues(t).size()).max().orElse(1);
        for (int k = 0; k < kinds; k++) {
            Map<String, String> all = new LinkedHashMap<>();
            int kind = k;
            params.forEach((name, type) -> all.put(name, badValues(type).get(kind % badValues(type).size())));
            send(method, path, all, role);
        }
        if (method.equals("GET") && !pattern.contains("{")) {
            for (Map.Entry<String, Class<?>> p : params.entrySet()) {
                for (String bad : badValues(p.getValue())) {
                    send(method, path, Map.of(p.getKey(), bad), role);
                }
            }
        }
        send(method, path, BINDER_TRAPS, role);
        if (pattern.contains("{")) {
            Map<String, String> first = new LinkedHashMap<>();
            params.forEach((name, type) -> first.put(name, badValues(type).get(0)));
            for (String v : PATH_VALUES) {
                send(method, pattern.replaceAll("\\{[^}]+}", v), first, role);
            }
        }
    }

    private void send(String method, String path, Map<String, String> params, Role role) throws Exception {
        send(method, path, params, role == null ? null : users.as(role), String.valueOf(role));
    }

    private void send(String method, String path, Map<String, String> params, String demoUser) throws Exception {
        send(method, path, params, demoUsers.as(demoUser), demoUser);
    }

    private void send(String method, String path, Map<String, String> params, RequestPostProcessor user, String who)
            throws Exception {
        MockHttpServletRequestBuilder b = request(HttpMethod.valueOf(method), path);
        params.forEach(b::param);
        if (user != null) {
            b.with(user);
        }
        if (!method.equals("GET")) {
            b.with(csrf());
        }
        sent++;
        String what = method + " " + path + " " + shorten(params.toString()) + " as " + who;
        try {
            MockHttpServletResponse r = mvc.perform(b).andReturn().getResponse();
            if (r.getStatus() >= 500) {
                failures.add(r.getStatus() + " " + what);
            } else if (r.getStatus() == 200 && r.getContentType() != null && r.getContentType().startsWith("text/html")) {
                String body = r.getContentAsString(StandardCharsets.UTF_8);
                if (!body.isEmpty() && body.contains("<html") && !body.stripTrailing().endsWith("</html>")) {
                    failures.add("cut off " + what);
                }
            }
        } catch (Exception ex) {
            failures.add(ex.getClass().getSimpleName() + " " + what + ": " + shorten(String.valueOf(ex.getMessage())));
        }
    }

    private static String shorten(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    private static Role allowedRole(List<String> cells) {
        for (int i = 0; i < COLUMNS.length; i++) {
            if (cells.get(i).equals("+")) {
                return COLUMNS[i];
            }
        }
        for (int i = 0; i < COLUMNS.length; i++) {
            if (!cells.get(i).equals("−")) {
                return COLUMNS[i];
            }
        }
        return Role.ADMIN;
    }

    /** Request parameters and form fields of the handler, by name, with their types. */
    private static Map<String, Class<?>> parameters(HandlerMethod handler) {
        Map<String, Class<?>> result = new LinkedHashMap<>();
        for (MethodParameter p : handler.getMethodParameters()) {
            RequestParam rp = p.getParameterAnnotation(RequestParam.class);
            Class<?> type = p.getParameterType();
            if (rp != null) {
                String name = !rp.name().isEmpty() ? rp.name() : !rp.value().isEmpty() ? rp.value() : p.getParameterName();
                if (name != null) {
                    result.put(name, type);
                }
            } else if (p.hasParameterAnnotation(ModelAttribute.class) || isForm(type)) {
                fields(type).forEach(result::putIfAbsent);
            }
        }
        return result;
    }

    private static boolean isForm(Class<?> type) {
        return type.getName().startsWith("ru.praktika") && !type.isEnum() && !type.isInterface();
    }

    private static Map<String, Class<?>> fields(Class<?> type) {
        Map<String, Class<?>> result = new LinkedHashMap<>();
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                result.put(c.getName(), c.getType());
            }
        } else {
            for (Class<?> t = type; t != null && t != Object.class; t = t.getSuperclass()) {
                for (Field f : t.getDeclaredFields()) {
                    if (!Modifier.isStatic(f.getModifiers())) {
                        result.putIfAbsent(f.getName(), f.getType());
                    }
                }
            }
        }
        return result;
    }

    private static List<String> badValues(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class) {
            return BAD_NUMBERS;
        }
        if (type == BigDecimal.class || type == double.class || type == Double.class) {
            return BAD_DECIMALS;
        }
        if (type == LocalDate.class) {
            return BAD_DATES;
        }
        if (type == boolean.class || type == Boolean.class || type.isEnum()) {
            return List.of("maybe\u0000");
        }
        if (type == String.class) {
            return BAD_TEXT;
        }
        return List.of("abc\u0000", "99999999999999999999");
    }
}
