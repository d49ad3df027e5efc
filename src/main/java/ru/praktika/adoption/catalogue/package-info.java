/**
 * Cl. 5.1, the catalogue of Smarteka practices: cards typed by hand or imported (CSV, XLSX, JSON), search, suggestions.
 */
package ru.praktika.adoption.catalogue;
