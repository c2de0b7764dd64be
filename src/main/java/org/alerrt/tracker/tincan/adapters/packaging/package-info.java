/** Reading a Tin Can package: a zip with tincan.xml (and no cmi5.xml) at its root, parsed without network access. */
package org.alerrt.tracker.tincan.adapters.packaging;
