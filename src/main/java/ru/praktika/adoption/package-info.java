/**
 * Other regions' practices implemented in the region (App. 2 cl. 3.2, cl. 5, cl. 6): the Smarteka catalogue and its import, study and decision, the implementation application, the approved roadmap, results.
 * <p>
 * API (this package): {@link ru.praktika.adoption.ImplementationsForReport} (section 2 of the report, cl. 7.2),
 * {@link ru.praktika.adoption.MunicipalPolicy} (cl. 6, asked by practices) and the events
 * {@code ImplementationApplied}, {@code RoadmapApproved}, {@code ActivityOverdue}, {@code PracticeImplemented}.
 * Everything else is internal, one sub-package per step of the decree: {@code catalogue} (cl. 5.1 catalogue
 * and import), {@code study} (cl. 5.1 study and decision), {@code implementation} (cl. 5.2 application,
 * statuses, cl. 7.2 results), {@code roadmap} (cl. 5.3), {@code municipal} (cl. 6), {@code report} (the
 * report contract's rows); besides {@code home} (start-page widget), {@code demo} and {@code shared}.
 */
package ru.praktika.adoption;
