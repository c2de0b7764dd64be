/**
 * cmi5 reactions to other contexts' events: stored AU statements move registrations on (§9.3, §13.1.4); the
 * LRS policies for AU session tokens and for Tin Can launch credentials (learner, registration, State only).
 */
package org.alerrt.tracker.cmi5.adapters.events;
