/** Learner pages of the cmi5 LMS (Jakarta Faces): "My courses", start a course, launch an AU. */
package org.alerrt.tracker.cmi5.adapters.pages;
