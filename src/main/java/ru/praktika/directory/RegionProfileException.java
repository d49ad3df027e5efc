package ru.praktika.directory;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A region profile that cannot be used: every problem found, each with its key path and line, so the
 * operator fixes the file in one pass. {@link RegionProfileFailureAnalyzer} prints it instead of a stack trace.
 */
public class RegionProfileException extends RuntimeException {

    /** One mistake: where it is ({@code categories[2].bodies[0]}, line 1-based or 0 if unknown), what, how to fix. */
    public record Problem(String keyPath, int line, String what, String fix) {

        String describe() {
            String where = (line > 0 ? "строка " + line + ", " : "") + "ключ " + (keyPath.isEmpty() ? "(весь файл)" : keyPath);
            return where + ": " + what;
        }
    }

    private final String file;
    private final List<Problem> problems;

    RegionProfileException(String file, List<Problem> problems, Throwable cause) {
        super("Профиль региона " + file + " не принят: "
                + problems.stream().map(Problem::describe).collect(Collectors.joining("; ")), cause);
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    public String file() {
        return file;
    }

    public List<Problem> problems() {
        return problems;
    }
}
