package ru.praktika.notifications;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import ru.praktika.platform.RussianPlural;

/** The Russian wording of notices, from messages/notifications_ru.properties. */
@Component
class Texts {

    private final MessageSource messages;
    private final RussianPlural plural;

    Texts(MessageSource messages, RussianPlural plural) {
        this.messages = messages;
        this.plural = plural;
    }

    String get(String key, Object... args) {
        return messages.getMessage(key, args, java.util.Locale.forLanguageTag("ru-RU"));
    }

    String plural(long n, String key) {
        return get(key + "." + RussianPlural.form(n), n);
    }
}
