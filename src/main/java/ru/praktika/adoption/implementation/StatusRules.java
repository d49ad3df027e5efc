package ru.praktika.adoption.implementation;

/** The implementation statuses' rules as the reference tables define them. */
interface StatusRules {

    boolean allowed(String from, String to);

    boolean needsReason(String to);
}
