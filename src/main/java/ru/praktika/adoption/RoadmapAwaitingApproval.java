package ru.praktika.adoption;

/** A draft roadmap got its first activities: it now waits for the head's approval (cl. 5.3). */
public record RoadmapAwaitingApproval(Long roadmapId, Long implementationId, Long bodyId, String practiceTitle) {
}
