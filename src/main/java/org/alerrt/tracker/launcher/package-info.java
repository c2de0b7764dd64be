/**
 * The process entry point of the microbundle ({@code Start-Class} of {@code alerrt-tracker-microbundle.jar}): starts
 * Payara Micro and turns a failed boot into a non-zero exit status. Packaged by payara-micro-maven-plugin into
 * {@code MICRO-INF/lib}; depends on nothing of the application (it runs before it is deployed).
 */
package org.alerrt.tracker.launcher;
