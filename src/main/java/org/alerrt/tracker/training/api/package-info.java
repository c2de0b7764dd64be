/**
 * Training's published API: the events it publishes (a completion credited, a credit withdrawn), the value types
 * they and its read models carry (training units, Level 1 status, an officer's standing), the read model other
 * contexts may query ({@link org.alerrt.tracker.training.api.OfficerStatuses}) and the ports the launchers (cmi5,
 * Tin Can, the learner portal) use: {@link org.alerrt.tracker.training.api.Learners}, {@link
 * org.alerrt.tracker.training.api.Catalogue}, {@link org.alerrt.tracker.training.api.CourseResults}. Nothing else of
 * training is theirs.
 */
package org.alerrt.tracker.training.api;
