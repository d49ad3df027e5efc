/**
 * The UI shell: layout, navigation, the start page of each role, error pages. No business logic.
 */
package ru.praktika.web;
