/** Progress and lag of each upstream as MicroProfile Metrics gauges ({@code /metrics}, application scope). */
package org.alerrt.tracker.upstream.adapters.metrics;
