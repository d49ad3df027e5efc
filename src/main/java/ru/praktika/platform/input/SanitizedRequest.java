package ru.praktika.platform.input;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

/** A request whose parameter names and values are cleaned by {@link InputSanitizingFilter#clean}. */
class SanitizedRequest extends HttpServletRequestWrapper {

    private Map<String, String[]> parameters;

    SanitizedRequest(HttpServletRequest request) {
        super(request);
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        // Built on first use and not before: a multipart body is parsed only when someone asks.
        if (parameters == null) {
            Map<String, String[]> clean = new LinkedHashMap<>();
            super.getParameterMap().forEach((name, values) -> clean.merge(InputSanitizingFilter.clean(name),
                    Arrays.stream(values).map(InputSanitizingFilter::clean).toArray(String[]::new),
                    (a, b) -> java.util.stream.Stream.concat(Arrays.stream(a), Arrays.stream(b)).toArray(String[]::new)));
            parameters = Collections.unmodifiableMap(clean);
        }
        return parameters;
    }

    @Override
    public String getParameter(String name) {
        String[] values = getParameterMap().get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    @Override
    public String[] getParameterValues(String name) {
        String[] values = getParameterMap().get(name);
        return values == null ? null : values.clone();
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(getParameterMap().keySet());
    }
}
