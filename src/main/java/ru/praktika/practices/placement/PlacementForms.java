package ru.praktika.practices.placement;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The placement block's forms on the card: a status move, a replicating region, a Smarteka snapshot. */
final class PlacementForms {

    private PlacementForms() {
    }

    public record MoveForm(String target, @Size(max = 2000) String comment,
                           @DateTimeFormat(pattern = "dd.MM.yyyy") LocalDate date,
                           @Size(max = 60) String applicationNumber, @Size(max = 500) String url) {
    }

    public record ReplicationForm(String regionCode, @DateTimeFormat(pattern = "dd.MM.yyyy") LocalDate since,
                                  @Size(max = 500) String link) {
    }

    public record SnapshotForm(@NotNull @DateTimeFormat(pattern = "dd.MM.yyyy") LocalDate takenOn,
                               @NotNull @Min(0) Integer regionsCount, @NotNull @Min(0) Integer likes,
                               @NotNull @Min(0) Integer views) {
    }
}
