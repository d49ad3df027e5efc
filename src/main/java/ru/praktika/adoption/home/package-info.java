/**
 * The module's widget on the start page ({@code @adoptionHome} in home.html).
 */
package ru.praktika.adoption.home;
