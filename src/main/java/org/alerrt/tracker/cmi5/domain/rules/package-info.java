/** One rule per class on an imported course structure or package, each citing the cmi5 section it enforces. */
package org.alerrt.tracker.cmi5.domain.rules;
