package ru.praktika.platform;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Russian plural forms: 1 день, 2 дня, 5 дней, 11 дней, 21 день. Messages define {@code key.one},
 * {@code key.few} and {@code key.many} with {0} for the number. In templates:
 * {@code ${@plural.of(n, 'report.daysLeft')}}.
 */
@Component("plural")
public class RussianPlural {

    private final MessageSource messages;

    public RussianPlural(MessageSource messages) {
        this.messages = messages;
    }

    public String of(long n, String key) {
        return messages.getMessage(key + "." + form(n), new Object[] {n}, LocaleContextHolder.getLocale());
    }

    public static String form(long n) {
        long abs = Math.abs(n);
        long lastTwo = abs % 100;
        long last = abs % 10;
        if (lastTwo >= 11 && lastTwo <= 14) {
            return "many";
        }
        if (last == 1) {
            return "one";
        }
        if (last >= 2 && last <= 4) {
            return "few";
        }
        return "many";
    }
}
