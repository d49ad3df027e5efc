package ru.praktika.adoption;

import java.time.LocalDate;

/** The progress part of an activity: what a municipality or a progress spreadsheet may change (cl. 6). */
record ActivityProgress(String status, LocalDate actualDate, String actualResult, String comment,
                        String missExplanation) {
}
