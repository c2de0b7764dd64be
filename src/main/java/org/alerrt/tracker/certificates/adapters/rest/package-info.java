/**
 * REST adapters: learner ({@code /api/me/certificates}), admin ({@code /api/certificates}) and public ({@code /api/verify}, a servlet). They validate input and delegate.
 */
package org.alerrt.tracker.certificates.adapters.rest;
