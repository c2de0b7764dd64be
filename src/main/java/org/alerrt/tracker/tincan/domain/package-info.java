/** Tin Can domain: the activities of a tincan.xml, the launches of a registration, and their repository. Pure code. */
package org.alerrt.tracker.tincan.domain;
