/**
 * cmi5 domain: the course structure (§13.1), the moveOn values and the satisfaction rules (§9.3.9, §13.1.4 moveOn),
 * and the rules an imported structure must follow; Tin Can packages (tincan.xml activities, their rules) and what
 * a Tin Can launch credential may write ({@code TinCanLaunchRules}). Pure code, no container.
 */
package org.alerrt.tracker.cmi5.domain;
