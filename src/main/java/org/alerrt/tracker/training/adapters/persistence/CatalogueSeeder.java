package org.alerrt.tracker.training.adapters.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.alerrt.tracker.platform.config.ConfigDirectory;
import org.alerrt.tracker.training.application.CatalogueCsv;
import org.alerrt.tracker.training.application.CatalogueService;
import org.alerrt.tracker.training.application.CsvProblem;
import org.alerrt.tracker.training.application.TrainingSettings;
import org.alerrt.tracker.training.domain.CourseDefinition;
import org.alerrt.tracker.training.domain.TcoleCourseNumber;

/**
 * On start, adds the courses of {@code tracker.catalogue.file} (in {@code lrs-config/}) that the database lacks.
 * Existing courses are never changed, so administrators' edits survive restarts. Each course is seeded in its
 * own transaction: with two instances starting together, a course the other one inserted first is skipped.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class CatalogueSeeder {

    private static final Logger LOG = Logger.getLogger(CatalogueSeeder.class.getName());

    @Inject
    CatalogueService catalogue;

    @Inject
    TrainingSettings settings;

    @PostConstruct
    void seed() {
        Path file = ConfigDirectory.resolve().resolve(settings.catalogueFile());
        if (!Files.isRegularFile(file)) {
            LOG.info(() -> "No catalogue file at " + file + "; the catalogue is not seeded");
            return;
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "Cannot read the catalogue file " + file, e);
            return;
        }
        CatalogueCsv.Parsed parsed = CatalogueCsv.parse(text);
        for (CsvProblem p : parsed.problems()) {
            LOG.severe(() -> file + ": " + p + " (line skipped)");
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
