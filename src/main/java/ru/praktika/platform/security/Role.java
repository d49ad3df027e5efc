package ru.praktika.platform.security;

/** Roles of the decree's participants; their Russian names live in the message bundle (role.*). */
public enum Role {
    /** Министерство экономического развития (cl. 2): sees everything, keeps the directory, accepts reports. */
    COORDINATOR,
    /** Ответственный исполнитель of a responsible body. */
    OFFICER,
    /** Руководитель органа: approves roadmaps, signs off reports. */
    HEAD,
    /** An officer of a municipal formation (cl. 6). */
    MUNICIPALITY,
    /** Read-only: Governor's office, auditors. */
    OBSERVER,
    /** Technical administrator: users and settings, no business edits. */
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
