/**
 * Catalogue, learner and completion aggregates with their value objects and rules (credit hours, upgrade of a
 * failed attempt, training units). No I/O here; repositories are interfaces implemented in adapters.persistence.
 */
package org.alerrt.tracker.training.domain;
