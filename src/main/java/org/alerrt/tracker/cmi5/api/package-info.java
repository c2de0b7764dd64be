/**
 * What the cmi5 context publishes to the contexts built on it (tincan, portal): the ports through which cmi5's
 * course, registration and launch-credential code reaches a course of another format (implemented there, so cmi5
 * never imports them), and the shared package helpers. Other contexts import from cmi5 only what is here.
 */
package org.alerrt.tracker.cmi5.api;
