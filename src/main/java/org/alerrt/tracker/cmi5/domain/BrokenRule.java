package org.alerrt.tracker.cmi5.domain;

/**
 * Why the cmi5 rules refuse a statement or document request: the property at fault, the message, the section. The
 * caller turns it into its answer (the launch credential's 403).
 */
public record BrokenRule(String property, String message, String rule) {}
