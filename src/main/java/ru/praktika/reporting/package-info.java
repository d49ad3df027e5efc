/**
 * Quarterly reports of cl. 7: reporting periods, deadlines on working days, a body's self-assembling report, sign-off, the coordinator's board and the consolidated report with its exports.
 */
package ru.praktika.reporting;
