/**
 * Tin Can use cases: import a Tin Can package (one transaction), read and delete its course, register learners
 * and launch a registration with a per-launch LRS credential and the Tin Can launch URL.
 */
package org.alerrt.tracker.tincan.application;
