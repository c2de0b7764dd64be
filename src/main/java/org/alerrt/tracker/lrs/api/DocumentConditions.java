package org.alerrt.tracker.lrs.api;

/** The preconditions of a document write (Communication §2.3.s4: If-Match / If-None-Match) and the version asked. */
public record DocumentConditions(String ifMatch, String ifNoneMatch, XapiVersion version) {}
