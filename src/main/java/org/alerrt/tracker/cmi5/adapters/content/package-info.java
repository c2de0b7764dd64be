/** Serves the files of imported packages at {@code /content/{courseId}/{version}/{path}} for AUs to load. */
package org.alerrt.tracker.cmi5.adapters.content;
