/** Adapters of the cmi5 context: REST, JDBC persistence, package reading (zip, XML, XSD) and the content servlet. */
package org.alerrt.tracker.cmi5.adapters;
