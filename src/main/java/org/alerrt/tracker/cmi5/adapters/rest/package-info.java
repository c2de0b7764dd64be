/** REST API of cmi5: courses and registrations under {@code /api/cmi5} (role admin), Tin Can courses answered through {@link org.alerrt.tracker.cmi5.api.TinCanEndpoints}. */
package org.alerrt.tracker.cmi5.adapters.rest;
