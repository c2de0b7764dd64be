/** What the Tin Can context publishes to the contexts built on it (the learner portal): its launch answer. */
package org.alerrt.tracker.tincan.api;
