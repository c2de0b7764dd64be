package org.alerrt.tracker.training.api;

/** A catalogue course as a launcher shows it. */
public record CatalogueCourse(TcoleCourseNumber number, String title, int creditHours) {}
