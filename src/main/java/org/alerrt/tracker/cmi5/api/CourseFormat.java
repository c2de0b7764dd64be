package org.alerrt.tracker.cmi5.api;

/** How an imported course is packaged and launched: cmi5 (cmi5.xml, fetch URL) or Tin Can (tincan.xml, Basic auth). */
public enum CourseFormat {
    CMI5,
    TINCAN
}
