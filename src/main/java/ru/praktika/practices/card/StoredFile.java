package ru.praktika.practices.card;

/** A checked file ready to be stored: its name, what it really is, its bytes. */
public record StoredFile(String name, FileKind kind, byte[] data) {
}
