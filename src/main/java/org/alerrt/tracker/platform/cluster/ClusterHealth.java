package org.alerrt.tracker.platform.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness data ({@code /health/ready}, check {@code cluster}) for operators: whether this instance is in a data
 * grid, how many members it sees, whether it runs the cluster's timed work, and how often each timed task ran here
 * ({@code <task>.runs}, {@code <task>.lastRun}). Always UP: an instance alone in its grid still serves.
 */
@Readiness
@ApplicationScoped
public class ClusterHealth implements HealthCheck {

    @Inject
    ClusterMembership membership;

    @Inject
    OncePerCluster timedWork;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("cluster")
                .up()
                .withData("clustered", membership.clustered())
                .withData("members", membership.size())
                .withData("runsTimedWork", membership.runsTimedWork());
        membership.localMember().ifPresent(m -> response.withData("member", m));
        for (OncePerCluster.Runs r : timedWork.runs()) {
            response.withData(r.name() + ".runs", r.runs());
            if (r.lastRun() != null) {
                response.withData(r.name() + ".lastRun", r.lastRun().toString());
            }
        }
        return response.build();
    }
}
