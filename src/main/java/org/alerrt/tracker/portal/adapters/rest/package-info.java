/** REST API of the signed-in learner (role learner): their courses under {@code /api/me/cmi5}, their cmi5 preferences. */
package org.alerrt.tracker.portal.adapters.rest;
