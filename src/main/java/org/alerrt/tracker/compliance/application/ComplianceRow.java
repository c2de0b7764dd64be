package org.alerrt.tracker.compliance.application;

import java.util.List;
import org.alerrt.tracker.training.api.OfficerStatus;

/** One officer in the compliance view: their standing and the items that need an administrator, in plain words. */
public record ComplianceRow(OfficerStatus officer, List<String> actions) {

    public ComplianceRow {
        actions = List.copyOf(actions);
    }

    public boolean needsAction() {
        return !actions.isEmpty();
    }
}
