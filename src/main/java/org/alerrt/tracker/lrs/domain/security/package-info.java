/**
 * Who may do what on the xAPI: the scopes of xAPI Communication §4.2 and the rule mapping each request (method and
 * resource) to the scope it needs. Pure rules, no HTTP or persistence.
 */
package org.alerrt.tracker.lrs.domain.security;
