package ru.praktika.platform;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Replaces the stack-trace wall of a failed embedded start with the cause and the fix. */
class EmbeddedDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedDatabaseStartException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabaseStartException cause) {
        if (cause.runningAsRootWithoutNamespaces()) {
            return new FailureAnalysis(
                    "Встроенный PostgreSQL не запустился: initdb нельзя запускать от root, а пользовательские пространства имён (unshare -U) на этой машине отключены.",
                    "Запустите приложение от обычного пользователя (не root) или укажите внешнюю базу: SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME, SPRING_DATASOURCE_PASSWORD.",
                    cause);
        }
        Throwable root = cause;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return new FailureAnalysis(
                "Встроенный PostgreSQL не запустился (каталог данных " + cause.dataDirectory() + "): " + root.getMessage(),
                "Проверьте, что каталог доступен на запись и не занят другим экземпляром, или укажите внешнюю базу через SPRING_DATASOURCE_URL.",
                cause);
    }
}
