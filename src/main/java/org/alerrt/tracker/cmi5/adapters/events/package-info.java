/** cmi5 reactions to other contexts' events: stored AU statements move registrations on (§9.3, §13.1.4). */
package org.alerrt.tracker.cmi5.adapters.events;
