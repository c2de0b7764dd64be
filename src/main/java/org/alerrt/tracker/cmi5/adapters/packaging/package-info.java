/**
 * Reading a cmi5 course package (§14): zip (32- and 64-bit) or standalone XML, XSD validation with no network
 * access, and parsing cmi5.xml into the domain's course structure.
 */
package org.alerrt.tracker.cmi5.adapters.packaging;
