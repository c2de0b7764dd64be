/**
 * The Tin Can answers of cmi5's admin API ({@code /api/cmi5/courses}, {@code /api/cmi5/registrations}): cmi5's
 * resources call {@link org.alerrt.tracker.cmi5.api.TinCanEndpoints}, implemented here, for Tin Can courses.
 */
package org.alerrt.tracker.tincan.adapters.rest;
