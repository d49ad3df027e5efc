package ru.praktika.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Rules every template keeps, checked on the source of all of them (every module's, present and future):
 * no visible text that does not come from the message bundle, and a label for every form control.
 */
class TemplateRulesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final List<String> TEXT_ATTRIBUTES = List.of("placeholder", "title", "aria-label", "alt");
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

    /** The checker itself: it must catch what it is there to catch. */
    @Test
    void theCheckerCatchesHardCodedTextAndMissingLabels() {
        Document bad = Jsoup.parse("<div><p>Привет</p><input id='x' placeholder='Имя'><span th:text=\"#{ok}\">заглушка</span>"
                + "<p> — 12 «» № · </p><label for='y'>y</label><input id='y'></div>", "", Parser.htmlParser());
        assertThat(hasLetters(bad.select("p").first().text())).isTrue();
        assertThat(hasLetters(bad.select("p").last().text())).isFalse();
        assertThat(labelled(bad, bad.getElementById("x"))).isFalse();
        assertThat(labelled(bad, bad.getElementById("y"))).isTrue();
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
