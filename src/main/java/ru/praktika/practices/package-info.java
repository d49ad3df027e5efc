/**
 * Own practices of the region on their way to Smarteka (App. 2 cl. 3.1, cl. 4; municipal proposals of cl. 6): the practice card, criteria evidence of cl. 4.1, the placement application of cl. 4.2, replication.
 */
package ru.praktika.practices;
