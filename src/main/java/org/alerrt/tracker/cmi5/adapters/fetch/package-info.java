/** The cmi5 fetch URL (§8.2): a public, one-time URL that hands an AU its auth token. */
package org.alerrt.tracker.cmi5.adapters.fetch;
