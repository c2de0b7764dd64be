package org.alerrt.tracker.upstream.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.alerrt.tracker.platform.xapiclient.RetryPolicy;
import org.alerrt.tracker.platform.xapiclient.XapiClient;
import org.alerrt.tracker.platform.xapiclient.XapiEndpoint;
import org.alerrt.tracker.upstream.domain.Upstream;
import org.alerrt.tracker.upstream.domain.UpstreamDefinition;

/**
 * One xAPI client per upstream (each holds an HttpClient and its connections), made with the opened secret and
 * replaced when the endpoint, key, secret or version changes.
 */
@ApplicationScoped
public class UpstreamClients {

    @Inject
    UpstreamKeys keys;

    @Inject
    UpstreamSettings settings;

    /** The client's patience with a failing remote before a run gives up; null: as the settings say. */
    RetryPolicy retry;

    private final Map<Long, XapiClient> clients = new ConcurrentHashMap<>();

    public XapiClient of(Upstream u) {
        UpstreamDefinition d = u.definition();
        XapiEndpoint endpoint = new XapiEndpoint(
                d.endpoint(),
                d.key(),
                keys.box().open(u.sealedSecret()),
                d.version(),
                XapiEndpoint.DEFAULT_CONNECT_TIMEOUT,
                XapiEndpoint.DEFAULT_REQUEST_TIMEOUT);
        return clients.compute(
                u.id(),
                (id, old) -> old != null && old.endpoint().equals(endpoint)
                        ? old
                        : XapiClient.builder(endpoint)
                                .retryPolicy(retry != null ? retry : settings.retryPolicy())
                                .build());
    }

    /** Forgets the clients of upstreams that are gone. */
    public void retain(Collection<Long> upstreamIds) {
        clients.keySet().retainAll(upstreamIds);
    }
}
