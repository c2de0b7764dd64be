package org.alerrt.tracker.cmi5.domain;

/** A learning objective declared at the course level (cmi5 §13.1.3). */
public record Objective(String id, LangString title, LangString description) {}
