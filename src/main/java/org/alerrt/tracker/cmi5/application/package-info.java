/** cmi5 use cases: import a course package (one transaction), list, read and delete courses, read AU content. */
package org.alerrt.tracker.cmi5.application;
