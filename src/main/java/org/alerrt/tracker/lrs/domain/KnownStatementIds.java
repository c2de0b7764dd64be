package org.alerrt.tracker.lrs.domain;

import java.util.Map;
import java.util.Set;

/**
 * What the store already holds about a request's statement ids, read in one look-up: the statements stored under
 * them, and the ids a stored voiding statement already targets (a statement is voided as soon as a voiding statement
 * for it exists, even one stored before it: Data §2.3.2).
 */
public record KnownStatementIds(Map<String, ExistingStatement> stored, Set<String> voidedByStored) {}
