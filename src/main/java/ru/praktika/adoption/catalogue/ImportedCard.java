package ru.praktika.adoption.catalogue;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ru.praktika.directory.Category;
import ru.praktika.directory.FederalSubject;

/**
 * One import row read into a card, by the rules a card typed by hand obeys ({@link CatalogueRules}); the
 * region and the category are found by name or code. What is wrong is thrown as a {@link RowProblem}.
 */
final class ImportedCard {

    private static final int MAX_TEXT = 20_000;

    private final Map<String, Long> subjectIds = new HashMap<>();
    private final Map<String, Long> categoryIds = new HashMap<>();

    ImportedCard(List<FederalSubject> subjects, List<Category> categories) {
        subjects.forEach(s -> {
            subjectIds.put(norm(s.getName()), s.getId());
            subjectIds.put(s.getCode(), s.getId());
        });
        categories.forEach(c -> {
            categoryIds.put(norm(c.getName()), c.getId());
            categoryIds.put(norm(c.getCode()), c.getId());
        });
    }

    /** A row's problem: a message key and its arguments (cheap: no stack trace). */
    static final class RowProblem extends RuntimeException {
        final String key;
        final transient Object[] args;

        RowProblem(String key, Object... args) {
            super(key, null, false, false);
            this.key = key;
            this.args = args;
        }
    }

    PracticeCard read(ImportFile.RawRow row) {
        String url = row.get("smarteka_url");
        String urlProblem = CatalogueRules.urlProblem(url);
        if (urlProblem != null) {
            throw new RowProblem(urlProblem);
        }
        String title = row.get("title");
        if (title == null) {
            throw new RowProblem("adoption.import.row.titleRequired");
        }
        if (title.length() > 500) {
            throw new RowProblem("adoption.import.row.tooLong", "title", 500);
        }
        String region = row.get("region");
        if (region == null) {
            throw new RowProblem("adoption.import.row.regionRequired");
        }
        Long subject = subjectIds.get(norm(region));
        if (subject == null) {
            throw new RowProblem("adoption.import.row.regionUnknown", region);
        }
        String category = row.get("category");
        if (category == null) {
            throw new RowProblem("adoption.import.row.categoryRequired");
        }
        Long categoryId = categoryIds.get(norm(category));
        if (categoryId == null) {
            throw new RowProblem("adoption.import.row.categoryUnknown", category);
        }
        Boolean recommended = yesNo(row.get("recommended"));
        Integer year = null;
        String yearText = row.get("recommended_year");
        if (yearText != null) {
            try {
                year = Integer.parseInt(yearText);
            } catch (NumberFormatException e) {
                throw new RowProblem("adoption.import.row.yearInvalid", yearText);
            }
            if (!CatalogueRules.yearOk(year)) {
                throw new RowProblem("adoption.import.row.yearInvalid", yearText);
            }
        }
        String owner = limited(row, "owner_contacts", 1000);
        String tags = limited(row, "tags", 500);
        boolean rec = recommended != null ? recommended : year != null;
        return new PracticeCard(url.strip(), title, subject, categoryId, limited(row, "summary", MAX_TEXT),
                limited(row, "algorithm", MAX_TEXT), limited(row, "results", MAX_TEXT), owner, tags, rec,
                rec ? year : null);
    }

    private static String limited(ImportFile.RawRow row, String column, int max) {
        String v = row.get(column);
        if (v != null && v.length() > max) {
            throw new RowProblem("adoption.import.row.tooLong", column, max);
        }
        return v;
    }

    private static Boolean yesNo(String v) {
        if (v == null) {
            return null;
        }
        return switch (v.strip().toLowerCase(Locale.ROOT)) {
            case "да", "true", "1", "yes", "+" -> true;
            case "нет", "false", "0", "no", "-" -> false;
            default -> throw new RowProblem("adoption.import.row.recommendedInvalid", v);
        };
    }

    /** Names compare without case, quotes «» and the "ё" spelling. */
    static String norm(String s) {
        return s.strip().toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("[«»\"]", "").replaceAll("\\s+", " ");
    }
}
