package ru.praktika.reporting;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import ru.praktika.platform.People;
import ru.praktika.platform.Person;

/**
 * The pieces both reports share: who signs (from the user accounts, not from a fixed text), who is the
 * executor, Smarteka links shortened to the practice number, dates and texts from the bundle.
 */
@Component
class DocumentParts {

    static final Locale RU = Locale.forLanguageTag("ru-RU");
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    /** The blank a person fills in by hand when the requisite is not known yet. */
    static final String BLANK = "____________";

    private final MessageSource messages;
    private final People people;

    DocumentParts(MessageSource messages, People people) {
        this.messages = messages;
        this.people = people;
    }

    record Signature(String position, String name) {
    }

    /**
     * The head who signed, or the head of the body while nobody has: position from their account, initials
     * and surname; without a head in the accounts, a generic position and a blank for the name.
     */
    Signature signature(Long bodyId, String signedBy) {
        Optional<Person> head = people.headOf(bodyId);
        String position = head.map(Person::positionCapitalised).orElse(null);
        String name;
        if (signedBy != null && !signedBy.isBlank()) {
            name = new Person(null, signedBy, null, null, null).initialsAndSurname();
            if (head.isPresent() && !signedBy.strip().equals(head.get().fullName())) {
                position = null;
            }
        } else {
            name = head.map(Person::initialsAndSurname).orElse(BLANK);
        }
        return new Signature(position != null ? position : m("reporting.doc.headFallback"), name);
    }

    /**
     * The consolidated report's signatory: the position and name the region profile gives (coordinatorHead),
     * each falling back to the head's account of the coordinator's body, then to the generic position and a blank.
     */
    Signature consolidatedSignature(Long coordinatorBodyId, String position, String name) {
        Signature fromAccounts = signature(coordinatorBodyId, null);
        return new Signature(blank(position) ? fromAccounts.position() : position.strip(),
                blank(name) ? fromAccounts.name() : new Person(null, name, null, null, null).initialsAndSurname());
    }

    /** Исполнитель: full name, phone; null when nobody is known. */
    String executor(Optional<Person> person) {
        return person.map(p -> m("reporting.doc.executor", p.fullName(),
                p.phone() == null || p.phone().isBlank() ? "—" : p.phone())).orElse(null);
    }

    Optional<Person> officer(Long bodyId, String preferredUsername) {
        return people.officerOf(bodyId, preferredUsername);
    }

    Optional<Person> person(String username) {
        return people.byUsername(username);
    }

    /** The Smarteka column: application number and dates, then the link under a short label. */
    Object smarteka(String applicationNumber, LocalDate submittedOn, LocalDate publishedOn, String url) {
        String before = Stream.of(
                        blank(applicationNumber) ? null : m("reporting.smarteka.application", applicationNumber),
                        submittedOn == null ? null : m("reporting.smarteka.submitted", DATE.format(submittedOn)),
                        publishedOn == null ? null : m("reporting.smarteka.published", DATE.format(publishedOn)))
                .filter(s -> s != null).collect(Collectors.joining("\n"));
        if (blank(url)) {
            return before;
        }
        return new OfficialDocument.Link(before, linkLabel(url), url.strip());
    }

    /** A link alone (section 2), or nothing. */
    Object link(String url) {
        return blank(url) ? "" : new OfficialDocument.Link(null, linkLabel(url), url.strip());
    }

    /** A long Smarteka address as the practice number: its last path segment. */
    String linkLabel(String url) {
        String segment = url.strip();
        try {
            String path = URI.create(segment).getPath();
            if (path != null && !path.isBlank()) {
                String[] parts = path.split("/");
                segment = parts.length == 0 ? segment : parts[parts.length - 1];
            }
        } catch (IllegalArgumentException e) {
            // not a URI: keep it as typed
        }
        if (segment.length() > 40) {
            segment = segment.substring(0, 40) + "…";
        }
        return m("reporting.smarteka.link", segment);
    }

    String m(String key, Object... args) {
        return messages.getMessage(key, args, RU);
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String join(String... parts) {
        return String.join("\n", Stream.of(parts).filter(p -> p != null && !p.isBlank()).toList());
    }
}
