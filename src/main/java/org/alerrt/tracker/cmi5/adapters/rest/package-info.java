/** REST API of cmi5: courses and registrations under {@code /api/cmi5} (role admin), the learner's own under {@code /api/me/cmi5}. */
package org.alerrt.tracker.cmi5.adapters.rest;
