package ru.praktika.platform;

import java.util.Optional;

/**
 * Who signs and who prepares documents, asked by modules that may not read the accounts module
 * (implemented there): the head of a body, an officer of it, a person by login.
 */
public interface People {

    /** An active user with the head role in the body (the first by name when there are several). */
    Optional<Person> headOf(Long bodyId);

    /** The active officer of the body: {@code preferred} if that login is one, otherwise the first by name. */
    Optional<Person> officerOf(Long bodyId, String preferred);

    Optional<Person> byUsername(String username);
}
