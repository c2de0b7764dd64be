/** Learner pages (Jakarta Faces): "My courses", start a course, launch an AU or a Tin Can course. */
package org.alerrt.tracker.portal.adapters.pages;
