/**
 * JPA repositories of the training tables (all JPQL and SQL in one {@code *Sql} class per repository) and the
 * start-up seeding of the catalogue from {@code lrs-config/courses.csv}.
 */
package org.alerrt.tracker.training.adapters.persistence;
