package ru.praktika.web;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Limits of form binding for every controller: a list grows by index only up to {@link #MAX_LIST}
 * (so {@code indicators[300].name} cannot build 300 rows, nor {@code [99999999999]} fail), and a parameter
 * whose path does not fit the form ({@code title[0]}, {@code version.x}, {@code indicators[abc].name}) is
 * ignored instead of failing the request. Framework internals are never bound.
 */
@ControllerAdvice
class BinderLimits {

    static final int MAX_LIST = 100;

    @InitBinder
    void limits(WebDataBinder binder) {
        binder.setAutoGrowCollectionLimit(MAX_LIST);
        binder.setIgnoreInvalidFields(true);
        binder.setDisallowedFields("class.*", "*.class.*", "Class.*", "*.Class.*");
    }
}
