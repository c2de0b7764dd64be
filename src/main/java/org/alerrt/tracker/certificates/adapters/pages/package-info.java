/**
 * Faces page beans of the certificates context: the public verify page ({@code /verify}, {@code /verify/<code>})
 * and the learner's own certificates. They call the application services and hold no rules.
 */
package org.alerrt.tracker.certificates.adapters.pages;
