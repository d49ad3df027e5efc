/**
 * Cl. 5.1, study and decision: a body studies a practice's card and decides; "implement" opens its implementation.
 */
package ru.praktika.adoption.study;
