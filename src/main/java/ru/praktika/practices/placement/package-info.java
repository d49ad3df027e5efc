/**
 * The placement application of cl. 4.2: statuses and their moves, the history of steps, the Smarteka link,
 * the events other modules hear of, the report rows; after publication, replication and Smarteka snapshots.
 */
package ru.praktika.practices.placement;
