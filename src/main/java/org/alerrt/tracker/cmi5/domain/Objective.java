package org.alerrt.tracker.cmi5.domain;

import org.alerrt.tracker.cmi5.api.LangString;

/** A learning objective declared at the course level (cmi5 §13.1.3). */
public record Objective(String id, LangString title, LangString description) {}
