/**
 * Admin API ({@code /api/courses}, {@code /api/learners}, {@code /api/completions}) and learner API
 * ({@code /api/me/...}). Resources parse and check the JSON or CSV body, naming the field at fault, then hand
 * off to an application service; they hold no rules.
 */
package org.alerrt.tracker.training.adapters.rest;
