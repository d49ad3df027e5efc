/**
 * Municipal proposals of cl. 6: a municipality proposes a practice to a body, which accepts it into a draft
 * card or declines it with a reason.
 */
package ru.praktika.practices.proposals;
