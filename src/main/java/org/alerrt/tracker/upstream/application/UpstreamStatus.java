package org.alerrt.tracker.upstream.application;

import org.alerrt.tracker.upstream.domain.PullCheckpoint;
import org.alerrt.tracker.upstream.domain.Upstream;

/** An upstream with where its pull stands, as the admin API shows them. */
public record UpstreamStatus(Upstream upstream, PullCheckpoint checkpoint) {}
