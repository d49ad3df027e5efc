/**
 * Reminders and notices by e-mail and in the application, reacting to events and deadlines of the other modules; calls no one back.
 */
package ru.praktika.notifications;
