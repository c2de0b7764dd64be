/** Learner portal use cases: the learner's courses with progress, start and launch, always on the learner's own registrations. */
package org.alerrt.tracker.portal.application;
