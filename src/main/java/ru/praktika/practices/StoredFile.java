package ru.praktika.practices;

/** A checked file ready to be stored: its name, what it really is, its bytes. */
record StoredFile(String name, FileKind kind, byte[] data) {
}
