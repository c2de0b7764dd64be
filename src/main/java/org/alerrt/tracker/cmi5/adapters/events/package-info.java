/**
 * cmi5 reactions to other contexts' events and the LRS hooks: stored AU statements move registrations on (§9.3,
 * §13.1.4); {@link org.alerrt.tracker.cmi5.adapters.events.LaunchCredentialPolicy}, the one LRS policy for launch
 * credentials (AU session tokens and Tin Can launch credentials), their admission at authentication and the sweep
 * that ends idle ones.
 */
package org.alerrt.tracker.cmi5.adapters.events;
