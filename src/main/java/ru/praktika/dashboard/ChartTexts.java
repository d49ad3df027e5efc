package ru.praktika.dashboard;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import ru.praktika.platform.RussianPlural;

/** Texts of the charts from the bundle: titles, column names, plural counts, numbers in Russian format. */
@Component
class ChartTexts {

    static final Locale RU = Locale.forLanguageTag("ru-RU");

    private final MessageSource messages;
    ChartTexts(MessageSource messages) {
        this.messages = messages;
    }

    String get(String key, Object... args) {
        return messages.getMessage(key, args, RU);
    }

    /** "5 практик" with the number in Russian format (1 234). */
    String count(long n, String unit) {
        return messages.getMessage("dashboard.unit." + unit + "." + RussianPlural.form(n), new Object[] {number(n)}, RU);
    }

    String number(long n) {
        return NumberFormat.getIntegerInstance(RU).format(n);
    }

    /** A chart of a pivot whose text alternative names the total and the largest row. */
    ChartData pivoted(String id, String kind, String titleKey, String rowHeaderKey, Pivot pivot, String unit) {
        Map.Entry<String, Long> top = pivot.top();
        String summary = pivot.total() == 0 ? get("dashboard.summary.empty")
                : get("dashboard.summary.top", count(pivot.total(), unit), top.getKey(), number(top.getValue()));
        return new ChartData(id, kind, get(titleKey), summary, get(rowHeaderKey), pivot.columns(),
                pivot.rows(), Map.of());
    }
}
