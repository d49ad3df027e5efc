package ru.praktika.dashboard;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Where each of the 89 subjects stands on the tile grid map of Russia (resource
 * {@code dashboard/subject-tiles.tsv}): no GeoJSON of the subjects is shipped, so the map is drawn as a grid of
 * equal tiles, one per subject, roughly in its place (row 0 north, column 0 west).
 */
@Component
class SubjectTiles {

    private final List<Tile> tiles;

    SubjectTiles() {
        this.tiles = read();
    }

    List<Tile> all() {
        return tiles;
    }

    private static List<Tile> read() {
        List<Tile> result = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new ClassPathResource("dashboard/subject-tiles.tsv").getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                result.add(new Tile(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]), f[3]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(result);
    }

    /** A subject's tile: its code (as in {@code federal_subject.code}), place and short label. */
    record Tile(String code, int row, int column, String label) {
    }
}
