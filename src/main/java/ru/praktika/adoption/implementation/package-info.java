/**
 * Cl. 5.2 and 7.2, a body's implementation of a practice: the application, the status machine from the
 * reference tables with its log of moves, the results and the person responsible.
 */
package ru.praktika.adoption.implementation;
