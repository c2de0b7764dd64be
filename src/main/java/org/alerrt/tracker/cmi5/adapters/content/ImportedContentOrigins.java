package org.alerrt.tracker.cmi5.adapters.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.alerrt.tracker.cmi5.domain.Cmi5CourseRepository;
import org.alerrt.tracker.platform.web.CorsOrigins;
import org.alerrt.tracker.platform.web.SameOrigin;

/**
 * The origins of absolute AU urls (cmi5 §13.1.4) and Tin Can launch URLs of imported courses: content an
 * administrator imported from another host calls the xAPI and the fetch URL from there, so CORS allows them.
 * Read on each cross-origin request that is not from the content origin itself (few, and the query reads only
 * the AU and activity rows), so an import counts at once, on every instance.
 */
@ApplicationScoped
public class ImportedContentOrigins implements CorsOrigins {

    @Inject
    Cmi5CourseRepository courses;

    @Override
    public boolean allows(String origin) {
        return origin != null
                && courses.absoluteLaunchUrls().stream()
                        .anyMatch(
                                url -> SameOrigin.of(url).filter(origin::equals).isPresent());
    }
}
