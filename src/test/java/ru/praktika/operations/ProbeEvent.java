package ru.praktika.operations;

/** A module event of the two-instance test only. */
public record ProbeEvent(String id) {
}
