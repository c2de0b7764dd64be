/**
 * Training's published API: the events it publishes (a completion credited, a credit withdrawn), the value types
 * they and its read models carry (training units, Level 1 status, an officer's standing) and the read model other
 * contexts may query ({@link org.alerrt.tracker.training.api.OfficerStatuses}). Nothing else of training is theirs.
 */
package org.alerrt.tracker.training.api;
