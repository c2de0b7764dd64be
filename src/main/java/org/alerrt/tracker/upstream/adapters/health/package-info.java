/** Readiness data of the pulls ({@code /health/ready}, check {@code upstreams}). */
package org.alerrt.tracker.upstream.adapters.health;
