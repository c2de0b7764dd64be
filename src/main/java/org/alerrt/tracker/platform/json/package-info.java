/** JSON-P factories shared by every context: one provider, looked up once (see {@link CachedJson}). */
package org.alerrt.tracker.platform.json;
