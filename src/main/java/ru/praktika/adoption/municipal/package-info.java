/**
 * Cl. 6, work with municipalities: a body's settings, and the activities a municipality sees and updates.
 */
package ru.praktika.adoption.municipal;
