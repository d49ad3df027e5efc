/**
 * What every step's pages share: the edit-conflict message and reading a spreadsheet cell as text.
 */
package ru.praktika.adoption.shared;
