/** Admin REST API of cmi5 courses under {@code /api/cmi5} (role admin). */
package org.alerrt.tracker.cmi5.adapters.rest;
