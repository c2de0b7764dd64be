/**
 * cmi5 context (the LMS side of the cmi5 profile): course packages imported from cmi5.xml or a zip, their course
 * structure (blocks and AUs), the AU content they carry, and the moveOn / satisfaction rules. Registrations,
 * launch and the learner portal build on this model.
 */
package org.alerrt.tracker.cmi5;
