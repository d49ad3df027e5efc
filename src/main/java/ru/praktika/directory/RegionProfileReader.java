package ru.praktika.directory;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.core.io.Resource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the region profile file and checks it whole. Any mistake — a missing file, bad YAML, an unknown
 * key, a malformed date, a body nobody declared — becomes one {@link RegionProfileException} naming the key
 * path and line, thrown while the application context starts (before the web server opens).
 */
final class RegionProfileReader {

    private static final YAMLMapper MAPPER = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES) // a typo must not be dropped silently
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private RegionProfileReader() {
    }

    static RegionProfile read(Resource resource) {
        String file = resource.getDescription();
        String text = textOf(resource, file);
        if (text.isBlank()) {
            throw new RegionProfileException(file, List.of(new RegionProfileException.Problem("", 0,
                    "файл пуст", "Заполните профиль по образцу regions/amur.yml.")), null);
        }
        RegionProfile profile;
        try {
            profile = MAPPER.readValue(text, RegionProfile.class);
        } catch (JacksonException e) {
            throw new RegionProfileException(file, List.of(problemOf(e, new YamlLines(text))), e);
        }
        List<RegionProfileException.Problem> problems = new RegionProfileChecks(profile, new YamlLines(text)).problems();
        if (!problems.isEmpty()) {
            throw new RegionProfileException(file, problems, null);
        }
        return profile;
    }

    private static String textOf(Resource resource, String file) {
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (FileNotFoundException e) {
            throw new RegionProfileException(file, List.of(new RegionProfileException.Problem("", 0, "файл не найден",
                    "Укажите существующий файл в настройке praktika.region-profile (например, file:/etc/praktika/region.yml).")), e);
        } catch (IOException e) {
            throw new RegionProfileException(file, List.of(new RegionProfileException.Problem("", 0,
                    "файл не читается: " + e.getMessage(), "Проверьте права на чтение файла.")), e);
        }
    }

    private static RegionProfileException.Problem problemOf(JacksonException e, YamlLines lines) {
        String path = pathOf(e);
        // records are bound after the whole mapping is read, so the parser's line may be the mapping's end
        int line = !path.isEmpty() && !(e instanceof StreamReadException) ? lines.lineOf(path)
                : e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        if (e instanceof UnrecognizedPropertyException unknown) {
            return new RegionProfileException.Problem(path, line, "неизвестный ключ «" + unknown.getPropertyName() + "»",
                    "Уберите ключ или исправьте опечатку. Допустимые ключи здесь: " + known(unknown.getKnownPropertyIds()) + ".");
        }
        if (e instanceof InvalidFormatException invalid) {
            return new RegionProfileException.Problem(path, line, "значение «" + invalid.getValue() + "» не подходит",
                    expected(invalid.getTargetType()));
        }
        if (e instanceof MismatchedInputException mismatched) {
            return new RegionProfileException.Problem(path, line, "значение неверного вида", expected(mismatched.getTargetType()));
        }
        if (e instanceof StreamReadException) {
            return new RegionProfileException.Problem(path, line, "синтаксическая ошибка YAML: " + e.getOriginalMessage(),
                    "Проверьте отступы (пробелы, не табуляция), двоеточия и кавычки в этой строке и в строке перед ней.");
        }
        return new RegionProfileException.Problem(path, line, e.getOriginalMessage(), "Исправьте значение по образцу regions/amur.yml.");
    }

    private static String pathOf(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String known(Collection<Object> ids) {
        return ids == null ? "—" : ids.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "Исправьте значение по образцу regions/amur.yml.";
        }
        if (type == LocalDate.class) {
            return "Дата записывается как ГГГГ-ММ-ДД, например 2026-06-09.";
        }
        if (type.isEnum()) {
            return "Допустимые значения: " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", ")) + ".";
        }
        if (type == int.class || type == Integer.class) {
            return "Нужно целое число.";
        }
        if (List.class.isAssignableFrom(type)) {
            return "Нужен список (строки, начинающиеся с «- », или [a, b]).";
        }
        if (type == String.class) {
            return "Нужна строка (текст, при необходимости в кавычках).";
        }
        return "Нужен раздел с вложенными ключами, как в regions/amur.yml.";
    }
}
