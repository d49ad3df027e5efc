/**
 * The practice card (cl. 3.1): the {@code Practice} aggregate, editing with optimistic locking, files checked by
 * content, the list with its search and export, who may see and change a practice. The card page is assembled
 * here; the other rooms add their blocks through {@code CardSection}.
 */
package ru.praktika.practices.card;
