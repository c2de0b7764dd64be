/** Adapters of the learner portal: the Faces page "My courses" and the learner's REST API under {@code /api/me/cmi5}. */
package org.alerrt.tracker.portal.adapters;
