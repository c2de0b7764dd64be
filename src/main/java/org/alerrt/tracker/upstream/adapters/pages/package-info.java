/** The admin page {@code /admin/upstreams}: upstream LRSs and where their pulls stand. */
package org.alerrt.tracker.upstream.adapters.pages;
