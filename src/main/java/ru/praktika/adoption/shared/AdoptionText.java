package ru.praktika.adoption.shared;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Small text helpers for the module's pages ({@code @adoptionText}). */
@Component("adoptionText")
public class AdoptionText {

    /** The non-blank parts joined by commas (body and person, or either alone): never a dangling comma. */
    public String joined(String... parts) {
        return Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).map(String::strip).collect(Collectors.joining(", "));
    }
}
