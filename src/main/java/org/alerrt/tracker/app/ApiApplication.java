package org.alerrt.tracker.app;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.alerrt.tracker.certificates.adapters.rest.AdminCertificatesResource;
import org.alerrt.tracker.certificates.adapters.rest.MyCertificatesResource;
import org.alerrt.tracker.cmi5.adapters.rest.Cmi5CoursesResource;
import org.alerrt.tracker.cmi5.adapters.rest.Cmi5ErrorMappers;
import org.alerrt.tracker.cmi5.adapters.rest.Cmi5LearnerPreferencesResource;
import org.alerrt.tracker.cmi5.adapters.rest.Cmi5RegistrationsResource;
import org.alerrt.tracker.cmi5.adapters.rest.Cmi5SessionsResource;
import org.alerrt.tracker.compliance.adapters.rest.ComplianceResource;
import org.alerrt.tracker.lrs.adapters.rest.LrsCredentialsResource;
import org.alerrt.tracker.platform.web.AuditResource;
import org.alerrt.tracker.platform.web.ErrorMappers;
import org.alerrt.tracker.platform.web.SignInThrottlesResource;
import org.alerrt.tracker.portal.adapters.rest.MyCmi5PreferencesResource;
import org.alerrt.tracker.portal.adapters.rest.MyCmi5Resource;
import org.alerrt.tracker.reporting.adapters.rest.ReportsResource;
import org.alerrt.tracker.training.adapters.rest.ClassResource;
import org.alerrt.tracker.training.adapters.rest.CompletionResource;
import org.alerrt.tracker.training.adapters.rest.CourseResource;
import org.alerrt.tracker.training.adapters.rest.InvalidValueMapper;
import org.alerrt.tracker.training.adapters.rest.LearnerResource;
import org.alerrt.tracker.training.adapters.rest.MyCompletionsResource;
import org.alerrt.tracker.training.adapters.rest.MyMandateResource;
import org.alerrt.tracker.upstream.adapters.rest.UpstreamsResource;

/**
 * The admin and learner API under {@code /api} (roles per path in web.xml; the public verification is a servlet,
 * VerifyJsonServlet). Resources are listed explicitly so that no xAPI resource is ever reachable here without the
 * LRS's own authentication.
 */
@ApplicationPath("api")
public class ApiApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                AdminCertificatesResource.class,
                MyCertificatesResource.class,
                ReportsResource.class,
                LrsCredentialsResource.class,
                ErrorMappers.Refused.class,
                ErrorMappers.MalformedJson.class,
                ErrorMappers.Web.class,
                ErrorMappers.Unexpected.class,
                SignInThrottlesResource.class,
                AuditResource.class,
                // training
                CourseResource.class,
                LearnerResource.class,
                CompletionResource.class,
                ClassResource.class,
                ComplianceResource.class,
                MyCompletionsResource.class,
                MyMandateResource.class,
                InvalidValueMapper.class,
                // cmi5
                Cmi5CoursesResource.class,
                Cmi5RegistrationsResource.class,
                Cmi5SessionsResource.class,
                MyCmi5PreferencesResource.class,
                Cmi5LearnerPreferencesResource.class,
                MyCmi5Resource.class,
                Cmi5ErrorMappers.Rejected.class,
                Cmi5ErrorMappers.Concurrent.class,
                // upstream LRSs
                UpstreamsResource.class);
    }
}
