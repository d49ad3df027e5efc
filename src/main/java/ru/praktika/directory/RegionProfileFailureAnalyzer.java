package ru.praktika.directory;

import java.util.stream.Collectors;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A broken region profile ends the start with the file, the key, the line and the fix in one block. */
class RegionProfileFailureAnalyzer extends AbstractFailureAnalyzer<RegionProfileException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, RegionProfileException cause) {
        String description = "Профиль региона не принят, приложение не запущено.\nФайл: " + cause.file() + "\n"
                + cause.problems().stream().map(p -> "  – " + p.describe()).collect(Collectors.joining("\n"));
        String action = cause.problems().stream().map(p -> "  – " + p.keyPath() + ": " + p.fix())
                .collect(Collectors.joining("\n", "Исправьте файл профиля (описание ключей — docs/region-profile.md) и запустите снова:\n", ""));
        return new FailureAnalysis(description, action, cause);
    }
}
