package org.alerrt.tracker.tincan.adapters.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.alerrt.tracker.cmi5.api.PackageLimits;
import org.alerrt.tracker.cmi5.api.TinCanEndpoints;
import org.alerrt.tracker.tincan.adapters.packaging.TinCanPackageReader;
import org.alerrt.tracker.tincan.application.TinCanCourseDetails;
import org.alerrt.tracker.tincan.application.TinCanCourseService;
import org.alerrt.tracker.tincan.application.TinCanLaunchService;
import org.alerrt.tracker.tincan.application.TinCanPackage;

/** Tin Can courses and registrations behind cmi5's admin API {@code /api/cmi5/courses} and {@code /registrations}. */
@ApplicationScoped
public class TinCanAdminEndpoints implements TinCanEndpoints {

    @Inject
    TinCanCourseService courses;

    @Inject
    TinCanLaunchService launches;

    @Override
    public Optional<JsonObject> course(long courseId, Integer version) {
        return courses.find(courseId, version).map(TinCanJson::details);
    }

    @Override
    public Optional<Created> importPackage(Path file, PackageLimits limits, String tcoleNumber, String by)
            throws IOException {
        if (!TinCanPackageReader.isTinCan(file)) {
            return Optional.empty();
        }
        TinCanPackage pkg = new TinCanPackageReader(limits).read(file);
        try (var files = pkg.files()) {
            TinCanCourseDetails imported = courses.importPackage(pkg, tcoleNumber, by);
            return Optional.of(new Created("cmi5/courses/" + imported.course().id(), TinCanJson.details(imported)));
        }
    }

    @Override
    public boolean delete(long courseId) {
        if (courses.find(courseId, null).isEmpty()) {
            return false;
        }
        courses.delete(courseId);
        return true;
    }

    @Override
    public Optional<Created> register(
            long courseId, JsonObject actor, String registration, String firstName, String lastName, String by) {
        if (!launches.isTinCanCourse(courseId)) {
            return Optional.empty();
        }
        TinCanLaunchService.TinCanRegistration r =
                launches.register(courseId, actor, registration, firstName, lastName, by);
        return Optional.of(
                new Created("cmi5/registrations/" + r.registration().registration(), TinCanJson.registration(r)));
    }

    @Override
    public Optional<JsonObject> registration(String registration) {
        return launches.find(registration).map(TinCanJson::registration);
    }

    @Override
    public Optional<JsonObject> launch(String registration) {
        if (!launches.isTinCanRegistration(registration)) {
            return Optional.empty();
        }
        return Optional.of(TinCanJson.launched(launches.launch(registration)));
    }
}
