package ru.praktika.adoption.municipal;

import ru.praktika.adoption.roadmap.RoadmapActivity;

/** A line of the municipality's activity list: the activity, the practice it implements and the body responsible for it. */
public record MunicipalActivityRow(RoadmapActivity activity, String practiceTitle, String bodyName) {
}
