package ru.praktika.directory;

/** In force (the basis of the work) or repealed by it. */
public enum LegalActStatus {
    IN_FORCE,
    REPEALED
}
