/**
 * Other regions' practices implemented in the region (App. 2 cl. 3.2, cl. 5, cl. 6): the Smarteka catalogue and its import, study and decision, the implementation application, the approved roadmap, results.
 */
package ru.praktika.adoption;
