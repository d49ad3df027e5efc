package ru.praktika.audit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Embeddable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import ru.praktika.PraktikaTest;

/** Every audited record type and field speaks Russian in the journal: a new field without a name fails here. */
@PraktikaTest
class AuditNamesTest {

    private static final Locale RU = Locale.forLanguageTag("ru-RU");

    @Autowired
    AuditedTypes types;
    @Autowired
    ChangeReader changes;
    @Autowired
    MessageSource messages;

    @Test
    void everyAuditedTypeAndFieldHasARussianName() {
        List<String> missing = new ArrayList<>();
        for (AuditedType type : types.all()) {
            check("audit.entity." + type.key(), missing);
            for (Field field : changes.auditedFields(type.entityClass())) {
                check(ChangeReader.fieldKey(type, field), missing);
                Class<?> embedded = elementType(field);
                if (embedded != null && embedded.isAnnotationPresent(Embeddable.class)) {
                    for (Field part : embedded.getDeclaredFields()) {
                        if (!Modifier.isStatic(part.getModifiers())) {
                            check("audit.field." + embedded.getSimpleName() + "." + part.getName(), missing);
                        }
                    }
                }
            }
        }
        assertThat(missing).as("bundle keys missing from messages_ru.properties").isEmpty();
    }

    private void check(String key, List<String> missing) {
        String text = messages.getMessage(key, null, null, RU);
        if (text == null || text.isBlank() || !text.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC)) {
            missing.add(key);
        }
    }

    private static Class<?> elementType(Field field) {
        if (field.getGenericType() instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> c) {
            return c;
        }
        return field.getType();
    }
}
