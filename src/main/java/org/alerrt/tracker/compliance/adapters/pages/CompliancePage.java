package org.alerrt.tracker.compliance.adapters.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.alerrt.tracker.compliance.application.ComplianceRow;
import org.alerrt.tracker.compliance.application.ComplianceService;

/** {@code /admin/compliance?agency=}: officers with their SB 1852 standing and what needs action (GET, no form state). */
@Named
@RequestScoped
public class CompliancePage {

    static final int PAGE = 200;

    @Inject
    ComplianceService compliance;

    private String agency;
    private long after;
    private List<ComplianceRow> rows;

    public List<ComplianceRow> getRows() {
        if (rows == null) {
            rows = compliance.page(agency, null, after, PAGE);
        }
        return rows;
    }

    /** The learner id to continue after, when this page is full. */
    public Long getNext() {
        List<ComplianceRow> r = getRows();
        return r.size() == PAGE ? r.get(r.size() - 1).officer().learnerId() : null;
    }

    public String getAgency() {
        return agency;
    }

    public void setAgency(String agency) {
        this.agency = agency;
    }

    public long getAfter() {
        return after;
    }

    public void setAfter(long after) {
        this.after = Math.max(0, after);
    }
}
