/**
 * Serves the files of imported packages at {@code /content/{courseId}/{version}/{path}} for AUs to load (on the
 * content origin only, see platform's ContentOrigin), and tells CORS which other origins imported content runs in.
 */
package org.alerrt.tracker.cmi5.adapters.content;
