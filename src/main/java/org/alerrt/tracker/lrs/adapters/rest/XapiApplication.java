package org.alerrt.tracker.lrs.adapters.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.alerrt.tracker.platform.web.ErrorMappers;

/** The xAPI endpoint: {@code /xapi/...} (Communication §2). */
@ApplicationPath("xapi")
public class XapiApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                StatementsResource.class,
                ActivitiesResource.class,
                AgentsResource.class,
                AboutResource.class,
                StateResource.class,
                ActivityProfileResource.class,
                AgentProfileResource.class,
                XapiVersionFilter.class,
                XapiScopeFilter.class,
                ErrorMappers.Refused.class,
                ErrorMappers.MalformedJson.class,
                ErrorMappers.Web.class,
                ErrorMappers.Unexpected.class);
    }
}
