package org.alerrt.tracker.training.adapters.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.alerrt.tracker.platform.bootstrap.StartupFailure;
import org.alerrt.tracker.platform.bootstrap.StartupStep;
import org.alerrt.tracker.platform.config.ConfigDirectory;
import org.alerrt.tracker.training.api.TcoleCourseNumber;
import org.alerrt.tracker.training.application.CatalogueCsv;
import org.alerrt.tracker.training.application.CatalogueService;
import org.alerrt.tracker.training.application.CsvProblem;
import org.alerrt.tracker.training.application.TrainingSettings;
import org.alerrt.tracker.training.domain.CourseDefinition;

/**
 * On start, adds the courses of {@code tracker.catalogue.file} (in {@code lrs-config/}) that the database lacks. A
 * missing file or a line that does not parse stops the start (unless {@code tracker.catalogue.skip-invalid-lines}).
 * Existing courses are never changed, so administrators' edits survive restarts. Each course is seeded in its
 * own transaction: with two instances starting together, a course the other one inserted first is skipped.
 */
@ApplicationScoped
public class CatalogueSeeder implements StartupStep {

    private static final Logger LOG = Logger.getLogger(CatalogueSeeder.class.getName());

    @Inject
    CatalogueService catalogue;

    @Inject
    TrainingSettings settings;

    @Override
    public Phase phase() {
        return Phase.SEED;
    }

    @Override
    public void run() {
        Path file = ConfigDirectory.resolve().resolve(settings.catalogueFile());
        if (!Files.isRegularFile(file)) {
            // an empty catalogue credits no completion: refuse to start rather than lose every "passed"
            throw StartupFailure.stop("Invalid setting tracker.catalogue.file = '" + settings.catalogueFile()
                    + "': no such file " + file + " (a file in the configuration directory, or an absolute path)");
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw StartupFailure.stop("Cannot read the catalogue file " + file + " (tracker.catalogue.file): " + e);
        }
        CatalogueCsv.Parsed parsed = CatalogueCsv.parse(text);
        if (!parsed.problems().isEmpty()) {
            if (!settings.skipInvalidCatalogueLines()) {
                throw StartupFailure.stop(parsed.problems().stream()
                        .map(p -> "Catalogue " + file + ", " + p + " (fix the line, or set "
                                + TrainingSettings.SKIP_INVALID_LINES + "=true to skip it)")
                        .toList());
            }
            for (CsvProblem p : parsed.problems()) {
                LOG.severe(() -> file + ": " + p + " (line skipped: " + TrainingSettings.SKIP_INVALID_LINES + ")");
            }
        }
        int added = 0;
        for (CourseDefinition course : parsed.courses()) {
            if (seedOne(course)) {
                added++;
            }
        }
        int total = added;
        LOG.info(() -> "Catalogue: " + total + " of " + parsed.courses().size() + " courses in " + file
                + " added (the others exist)");
    }

    private boolean seedOne(CourseDefinition course) {
        try {
            return catalogue.seed(course);
        } catch (RuntimeException e) {
            if (exists(course.number())) {
                return false; // another instance inserted it between our check and our insert
            }
            LOG.log(Level.SEVERE, "Cannot seed course " + course.number(), e);
            return false;
        }
    }

    private boolean exists(TcoleCourseNumber number) {
        try {
            return catalogue.find(number).isPresent();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
