/**
 * cmi5 domain: the course structure (§13.1), the moveOn values and the satisfaction rules (§9.3.9, §13.1.4 moveOn),
 * the rules an imported structure must follow, and what a launch credential (cmi5 AU session or Tin Can launch)
 * may write ({@code LaunchCredentialRules}). Pure code, no container.
 */
package org.alerrt.tracker.cmi5.domain;
