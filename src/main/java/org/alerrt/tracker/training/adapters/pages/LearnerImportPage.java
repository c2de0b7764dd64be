package org.alerrt.tracker.training.adapters.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.alerrt.tracker.platform.config.ServerSettings;
import org.alerrt.tracker.platform.errors.Refusal;
import org.alerrt.tracker.platform.web.pages.Pages;
import org.alerrt.tracker.training.application.CsvProblem;
import org.alerrt.tracker.training.application.LearnerService;

/** The roster import on {@code /admin/learners}: an uploaded CSV file or pasted rows, all or nothing. */
@Named
@RequestScoped
public class LearnerImportPage {

    static final String FORM = "import";

    @Inject
    LearnerService learners;

    @Inject
    LearnersPage learnersPage;

    @Inject
    ServerSettings server;

    private Part file;
    private String csvText;
    private List<CsvProblem> problems = List.of();

    public void importCsv() {
        String csv;
        try {
            csv = csv();
        } catch (IOException e) {
            Pages.error(FORM, "file", "file: the upload could not be read, please try again.");
            return;
        }
        if (csv == null) {
            return;
        }
        try {
            problems = learners.checkCsv(csv);
            if (!problems.isEmpty()) {
                Pages.error(
                        FORM,
                        problems.get(0).line() == 0 ? "file" : null,
                        problems.size()
                                + " bad line(s), nothing imported. Fix the lines listed below and import again.");
                return;
            }
            LearnerService.ImportResult r = learners.importCsv(csv);
            Pages.info("Imported: " + r.created() + " created, " + r.updated() + " updated, " + r.creditsReleased()
                    + " held credit(s) released.");
            csvText = null;
            learnersPage.refresh();
        } catch (Refusal e) {
            Pages.error(FORM, e);
        }
    }

    /** The file when one was chosen, else the pasted text; null (with a message) when neither. */
    private String csv() throws IOException {
        if (file != null && file.getSize() > 0) {
            if (file.getSize() > server.maxBodyBytes()) {
                Pages.error(FORM, "file", "file: larger than " + server.maxBodyBytes() + " bytes.");
                return null;
            }
            try (InputStream in = file.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        if (csvText != null && !csvText.isBlank()) {
            return csvText;
        }
        Pages.error(FORM, "file", "file: choose a CSV file or paste the rows into the text box.");
        return null;
    }

    public List<CsvProblem> getProblems() {
        return problems;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getCsvText() {
        return csvText;
    }

    public void setCsvText(String csvText) {
        this.csvText = csvText;
    }
}
