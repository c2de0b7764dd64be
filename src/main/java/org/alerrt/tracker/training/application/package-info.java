/**
 * Use cases of the training context, each service method one transaction: catalogue upkeep, learner records and
 * CSV import, recording completions from statements, releasing credit and mandate status. REST resources and
 * pages call these services; the CSV and statement parsers are plain classes so they are unit-testable.
 */
package org.alerrt.tracker.training.application;
