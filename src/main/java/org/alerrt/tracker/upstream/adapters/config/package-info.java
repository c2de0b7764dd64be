/** The upstream file in {@code lrs-config/} ({@code tracker.upstream.file}), read and applied at start. */
package org.alerrt.tracker.upstream.adapters.config;
