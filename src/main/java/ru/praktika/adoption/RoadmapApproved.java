package ru.praktika.adoption;

/** The head of a body approved a roadmap (cl. 5.3); {@code version} counts approvals. */
public record RoadmapApproved(Long roadmapId, Long implementationId, Long bodyId, String practiceTitle, int version) {
}
