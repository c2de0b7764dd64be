/**
 * An upstream LRS as the administrator defines it ({@link org.alerrt.tracker.upstream.domain.UpstreamDefinition}),
 * its pull checkpoint and the rules of a pulled page ({@link org.alerrt.tracker.upstream.domain.PulledPage}), the
 * sealing of its secret ({@link org.alerrt.tracker.upstream.domain.SecretBox}) and the repository interface.
 */
package org.alerrt.tracker.upstream.domain;
