/**
 * Shared infrastructure: the embedded database, the clock, the exceptions every module throws.
 * No business rules live here.
 */
package ru.praktika.platform;
