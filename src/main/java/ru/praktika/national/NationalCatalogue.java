package ru.praktika.national;

import java.time.LocalDate;
import javax.sql.DataSource;
import ru.praktika.national.NationalWorld.Category;
import ru.praktika.national.NationalWorld.Subject;

/**
 * The catalogue of Smarteka practices (cl. 5.1) at national size: cards from every subject of the RF over
 * the ten categories, brought in by the coordinator's imports of 1,000 cards each over the years (one
 * audit revision per import, as {@code adoption.catalogue} writes an import).
 */
final class NationalCatalogue {

    private static final String COLUMNS = "smarteka_url, title, source_subject_id, category_id, summary, algorithm, "
            + "results, owner_contacts, tags, recommended, recommended_year";

    /** What implementations and reports need of a card. */
    record Card(long id, String title, Subject subject, Category category, String url) {
    }

    private final NationalWorld w;
    private final Copy rows = new Copy("catalogue_practice", "id, " + COLUMNS + ", version");
    private final Copy audit = new Copy("catalogue_practice_aud", "id, rev, revtype, " + COLUMNS);

    NationalCatalogue(NationalWorld world) {
        this.w = world;
    }

    Card[] generate(int count) {
        Card[] cards = new Card[count];
        Category[] categories = w.categories.values().toArray(Category[]::new);
        Revisions.Rev rev = null;
        LocalDate first = w.today.minusYears(5);
        for (int n = 0; n < count; n++) {
            if (n % 1000 == 0) {
                LocalDate day = first.plusDays((long) (n / 1000) * (5 * 365L) / Math.max(1, count / 1000 + 1));
                rev = w.revisions.add(w.at(day), w.coordinator, Revisions.CATALOGUE);
            }
            long id = n + 1;
            // Moscow and the large regions hold more practices (Moscow ≈ 12 % on Smarteka)
            Subject subject = w.chance(0.12) ? moscow() : w.pick(w.subjects);
            Category category = categories[w.random.nextInt(categories.length)];
            String title = w.texts.title(category.code(), n);
            String url = "https://smarteka.com/practices/" + subject.code() + "-" + id;
            boolean recommended = w.chance(0.07);
            Object[] values = {url, title, subject.id(), category.id(), w.texts.summary(category.code()),
                    w.texts.algorithm(category.code()), w.texts.result(), w.texts.person() + ", " + w.texts.phone(),
                    w.texts.topic(category.code()), recommended, recommended ? w.between(2022, 2023) : null};
            rows.row(NationalPractices.concat(new Object[] {id}, values, new Object[] {0}));
            audit.row(NationalPractices.concat(new Object[] {id, rev, 0}, values));
            cards[n] = new Card(id, title, subject, category, url);
        }
        return cards;
    }

    private Subject moscow() {
        return w.subjects.stream().filter(s -> s.code().equals("77")).findFirst().orElse(w.subjects.get(0));
    }

    int send(DataSource ds) {
        return rows.send(ds) + audit.send(ds);
    }
}
