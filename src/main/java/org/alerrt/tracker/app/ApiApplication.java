package org.alerrt.tracker.app;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.alerrt.tracker.certificates.adapters.rest.AdminCertificatesResource;
import org.alerrt.tracker.certificates.adapters.rest.MyCertificatesResource;
import org.alerrt.tracker.certificates.adapters.rest.VerifyResource;
import org.alerrt.tracker.platform.web.AuditResource;
import org.alerrt.tracker.platform.web.ErrorMappers;
import org.alerrt.tracker.platform.web.SignInThrottlesResource;
import org.alerrt.tracker.reporting.adapters.rest.ReportsResource;

/**
 * The admin, learner and public verification API under {@code /api} (roles per path in web.xml). Resources are
 * listed explicitly so that no xAPI resource is ever reachable here without the LRS's own authentication.
 */
@ApplicationPath("api")
public class ApiApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                AdminCertificatesResource.class,
                MyCertificatesResource.class,
                VerifyResource.class,
                ReportsResource.class,
                org.alerrt.tracker.lrs.adapters.rest.LrsCredentialsResource.class,
                ErrorMappers.Refused.class,
                ErrorMappers.MalformedJson.class,
                ErrorMappers.Web.class,
                ErrorMappers.Unexpected.class,
                SignInThrottlesResource.class,
                AuditResource.class,
                // training
                org.alerrt.tracker.training.adapters.rest.CourseResource.class,
                org.alerrt.tracker.training.adapters.rest.LearnerResource.class,
                org.alerrt.tracker.training.adapters.rest.CompletionResource.class,
                org.alerrt.tracker.training.adapters.rest.ClassResource.class,
                org.alerrt.tracker.compliance.adapters.rest.ComplianceResource.class,
                org.alerrt.tracker.training.adapters.rest.MyCompletionsResource.class,
                org.alerrt.tracker.training.adapters.rest.MyMandateResource.class,
                org.alerrt.tracker.training.adapters.rest.InvalidValueMapper.class,
                // cmi5
                org.alerrt.tracker.cmi5.adapters.rest.Cmi5CoursesResource.class,
                org.alerrt.tracker.cmi5.adapters.rest.Cmi5RegistrationsResource.class,
                org.alerrt.tracker.cmi5.adapters.rest.Cmi5SessionsResource.class,
                org.alerrt.tracker.portal.adapters.rest.MyCmi5PreferencesResource.class,
                org.alerrt.tracker.cmi5.adapters.rest.Cmi5LearnerPreferencesResource.class,
                org.alerrt.tracker.portal.adapters.rest.MyCmi5Resource.class,
                org.alerrt.tracker.cmi5.adapters.rest.Cmi5ErrorMappers.Rejected.class,
                org.alerrt.tracker.cmi5.adapters.rest.Cmi5ErrorMappers.Concurrent.class);
    }
}
