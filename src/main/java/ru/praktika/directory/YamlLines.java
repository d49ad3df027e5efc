package ru.praktika.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Finds the line of a key path ({@code categories[2].bodies[0]}) in a YAML text, so a rule broken by the
 * profile points at the line to edit. The deepest node that exists is taken (a missing key points at its parent).
 */
final class YamlLines {

    private static final Pattern SEGMENT = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)]");

    private final Node root;

    YamlLines(String yaml) {
        Node parsed;
        try {
            parsed = new Compose(LoadSettings.builder().build()).composeString(yaml).orElse(null);
        } catch (RuntimeException unreadable) {
            parsed = null; // a syntax error is reported by the mapper with its own line
        }
        this.root = parsed;
    }

    /** 1-based line of the path, or 0 when the text has no node at all. */
    int lineOf(String keyPath) {
        if (root == null) {
            return 0;
        }
        Node node = root;
        int line = lineOf(root);
        for (Object segment : segments(keyPath)) {
            if (node instanceof MappingNode mapping && segment instanceof String key) {
                Optional<NodeTuple> entry = mapping.getValue().stream()
                        .filter(t -> t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)).findFirst();
                if (entry.isEmpty()) {
                    break;
                }
                line = lineOf(entry.get().getKeyNode()); // the key's line: a block value starts below it
                node = entry.get().getValueNode();
            } else if (node instanceof SequenceNode sequence && segment instanceof Integer index
                    && index < sequence.getValue().size()) {
                node = sequence.getValue().get(index);
                line = lineOf(node);
            } else {
                break;
            }
        }
        return line;
    }

    private static int lineOf(Node node) {
        return node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    }

    private static List<Object> segments(String keyPath) {
        List<Object> segments = new ArrayList<>();
        Matcher m = SEGMENT.matcher(keyPath);
        while (m.find()) {
            segments.add(m.group(1) != null ? m.group(1) : Integer.valueOf(m.group(2)));
        }
        return segments;
    }
}
