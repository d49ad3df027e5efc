package ru.praktika.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Rules every template keeps, checked on the source of all of them (every module's, present and future):
 * no visible text that does not come from the message bundle, a label for every form control, and every message
 * key handed to a shared fragment present in the bundle.
 */
class TemplateRulesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final List<String> TEXT_ATTRIBUTES = List.of("placeholder", "title", "aria-label", "alt");
    private static final Pattern QUOTED_KEY = Pattern.compile("'([a-z]+(?:\\.[A-Za-z0-9_]+)+)'");
    private static final Set<String> UNLABELLED_INPUT_TYPES = Set.of("hidden", "submit", "button", "reset", "image");

    @Test
    void noVisibleTextIsHardCoded() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : templates()) {
            Document doc = parse(file);
            for (Element e : doc.getAllElements()) {
                boolean replaced = e.hasAttr("th:text") || e.hasAttr("th:utext");
                for (TextNode text : e.textNodes()) {
                    if (!replaced && hasLetters(text.text())) {
                        problems.add(name(file) + ": text «" + text.text().strip() + "» in <" + e.tagName() + ">");
                    }
                }
                for (String attribute : TEXT_ATTRIBUTES) {
                    if (hasLetters(e.attr(attribute))) {
                        problems.add(name(file) + ": " + attribute + "=«" + e.attr(attribute) + "» in <" + e.tagName()
                                + "> (use th:" + attribute + " with a message)");
                    }
                }
                if (e.tagName().equals("input") && Set.of("submit", "button", "reset").contains(e.attr("type"))
                        && hasLetters(e.attr("value"))) {
                    problems.add(name(file) + ": button value=«" + e.attr("value") + "»");
                }
            }
        }
        assertThat(problems).as("hard-coded visible text; take it from messages_ru.properties").isEmpty();
    }

    @Test
    void everyFormControlHasALabel() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : templates()) {
            Document doc = parse(file);
            for (Element control : doc.select("input, select, textarea")) {
                if (control.tagName().equals("input") && UNLABELLED_INPUT_TYPES.contains(control.attr("type"))) {
                    continue;
                }
                if (!labelled(doc, control)) {
                    problems.add(name(file) + ": " + control.outerHtml().lines().findFirst().orElse(""));
                }
            }
        }
        assertThat(problems).as("form controls without a label (for=id, th:for, aria-label or th:aria-label)").isEmpty();
    }

    /**
     * Labels, hints and empty options of the shared fragments are message keys handed over as strings
     * (label='practices.field.title'), which neither Thymeleaf nor the checks above resolve until the page
     * renders: every such key must be in a bundle. A key built in the call ('practices.field.' + ${f}) is left out.
     */
    @Test
    void everyMessageKeyHandedToAFragmentExists() throws IOException {
        Properties bundle = new Properties();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/messages"))) {
            for (Path f : files.filter(p -> p.toString().endsWith("_ru.properties")).toList()) {
                try (var reader = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                    bundle.load(reader);
                }
            }
        }
        List<String> problems = new ArrayList<>();
        for (Path file : templates()) {
            for (Element e : parse(file).getAllElements()) {
                for (String attribute : List.of("th:insert", "th:replace")) {
                    for (String key : keysInFragmentCall(e.attr(attribute))) {
                        if (!bundle.containsKey(key)) {
                            problems.add(name(file) + ": " + key);
                        }
                    }
                }
            }
        }
        assertThat(problems).as("message keys given to fragments but missing from messages/*_ru.properties").isEmpty();
    }

    /**
     * A fragment's optional argument left out reads as null only while nothing around the call has its name: a
     * controller's {@code error} or a {@code th:each="type : …"} around a field would leak into every field it
     * holds. The names are the ones listed at the top of fragments/forms.html and fragments/lists.html.
     */
    @Test
    void nothingAroundAFragmentCallShadowsAnOptionalArgument() throws IOException {
        Set<String> optional = new java.util.HashSet<>();
        for (String fragments : List.of("fragments/forms.html", "fragments/lists.html")) {
            Matcher listed = Pattern.compile("optional names: ([^)]*)\\)", Pattern.DOTALL)
                    .matcher(Files.readString(TEMPLATES.resolve(fragments), StandardCharsets.UTF_8));
            assertThat(listed.find()).as("the optional names in %s", fragments).isTrue();
            optional.addAll(List.of(listed.group(1).replaceAll("\\s+", "").split(",")));
        }
        assertThat(optional).contains("error", "type", "id", "headClass");
        List<String> problems = new ArrayList<>();
        Pattern attribute = Pattern.compile("(?:addAttribute|addFlashAttribute|ModelAttribute)\\(\"([A-Za-z]+)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(x -> x.toString().endsWith(".java")).toList()) {
                Matcher m = attribute.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    if (optional.contains(m.group(1))) {
                        problems.add(f.getFileName() + ": model attribute " + m.group(1));
                    }
                }
            }
        }
        for (Path file : templates()) {
            if (file.startsWith(TEMPLATES.resolve("fragments"))) {
                continue; // the fragments' own loops and locals are theirs
            }
            for (Element e : parse(file).getAllElements()) {
                for (String variable : templateVariables(e)) {
                    if (optional.contains(variable)) {
                        problems.add(name(file) + ": variable " + variable);
                    }
                }
            }
        }
        assertThat(problems).as("names that would shadow an optional argument of the shared fragments").isEmpty();
    }

    /** The variables an element declares: {@code th:each="a, s : …"} and {@code th:with="a=…, b=…"}. */
    static List<String> templateVariables(Element e) {
        List<String> names = new ArrayList<>();
        String each = e.attr("th:each");
        if (each.contains(":")) {
            for (String n : each.substring(0, each.indexOf(':')).split(",")) {
                names.add(n.strip());
            }
        }
        Matcher with = Pattern.compile("(?:^|,)\\s*([A-Za-z]+)\\s*=").matcher(e.attr("th:with"));
        while (with.find()) {
            names.add(with.group(1));
        }
        return names;
    }

    /** The quoted literals of a call to fragments/forms or fragments/lists that read as message keys. */
    static List<String> keysInFragmentCall(String call) {
        if (!call.contains("fragments/forms ::") && !call.contains("fragments/lists ::")) {
            return List.of();
        }
        Matcher m = QUOTED_KEY.matcher(call);
        List<String> keys = new ArrayList<>();
        while (m.find()) {
            if (!m.group(1).matches("[dMyHms.]+")) { // a date pattern such as 'dd.MM.yyyy', not a key
                keys.add(m.group(1));
            }
        }
        return keys;
    }

    /** The checker itself: it must catch what it is there to catch. */
    @Test
    void theCheckerCatchesHardCodedTextAndMissingLabels() {
        Document bad = Jsoup.parse("<div><p>Привет</p><input id='x' placeholder='Имя'><span th:text=\"#{ok}\">заглушка</span>"
                + "<p> — 12 «» № · </p><label for='y'>y</label><input id='y'></div>", "", Parser.htmlParser());
        assertThat(hasLetters(bad.select("p").first().text())).isTrue();
        assertThat(hasLetters(bad.select("p").last().text())).isFalse();
        assertThat(labelled(bad, bad.getElementById("x"))).isFalse();
        assertThat(labelled(bad, bad.getElementById("y"))).isTrue();
        assertThat(keysInFragmentCall("~{fragments/forms :: inputField(field='title', label='practices.field.title', maxlength=300)}"))
                .containsExactly("practices.field.title");
        assertThat(keysInFragmentCall("~{fragments/forms :: textareaField(${f}, 'practices.field.' + ${f}, 2)}")).isEmpty();
        assertThat(templateVariables(Jsoup.parse("<p th:each=\"type, s : ${x}\" th:with=\"a=${b}, error=${c == 1}\"></p>")
                .selectFirst("p"))).containsExactly("type", "s", "a", "error");
        assertThat(keysInFragmentCall("~{fragments/forms :: fileField(id='x', label='a.b', accept='.pdf,.docx')}")).containsExactly("a.b");
        assertThat(keysInFragmentCall("~{fragments/lists :: pager(1, 2, @{/x(d=${#temporals.format(d, 'dd.MM.yyyy')})}, '')}")).isEmpty();
    }

    static boolean hasLetters(String text) {
        return text != null && text.codePoints().anyMatch(Character::isLetter);
    }

    private static boolean labelled(Document doc, Element control) {
        if (control.hasAttr("aria-label") || control.hasAttr("th:aria-label") || control.hasAttr("aria-labelledby")
                || control.hasAttr("th:aria-labelledby")) {
            return true;
        }
        if (control.parents().stream().anyMatch(p -> p.tagName().equals("label"))) {
            return true;
        }
        String id = control.hasAttr("id") ? control.attr("id") : fieldId(control.attr("th:field"));
        if (!id.isEmpty() && !doc.select("label[for=" + id + "]").isEmpty()) {
            return true;
        }
        // Ids built by an expression (th:id, th:field in a loop): a label with th:for beside the control.
        boolean dynamicId = control.hasAttr("th:id") || control.hasAttr("th:field");
        Element parent = control.parent();
        while (parent != null && parent.tagName().equals("th:block")) { // th:block is not rendered: look around it
            parent = parent.parent();
        }
        return dynamicId && parent != null && !parent.select("label[th:for]").isEmpty();
    }

    /** th:field="*{roles}" gives the control id "roles" (Thymeleaf's rule). */
    private static String fieldId(String field) {
        if (field == null || !field.startsWith("*{") || !field.endsWith("}")) {
            return "";
        }
        return field.substring(2, field.length() - 1).replace(".", "").replace("[", "").replace("]", "");
    }

    private static Document parse(Path file) throws IOException {
        return Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8), "", Parser.htmlParser());
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            List<Path> list = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
            assertThat(list).isNotEmpty();
            return list;
        }
    }

    private static String name(Path file) {
        return TEMPLATES.relativize(file).toString();
    }
}
