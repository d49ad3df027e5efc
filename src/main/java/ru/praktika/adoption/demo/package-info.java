/**
 * Demo run only: a catalogue and implementations at different stages, written through the services.
 */
package ru.praktika.adoption.demo;
