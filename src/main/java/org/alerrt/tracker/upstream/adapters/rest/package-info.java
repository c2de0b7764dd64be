/** The admin API of upstream LRSs, {@code /api/upstreams}. */
package org.alerrt.tracker.upstream.adapters.rest;
