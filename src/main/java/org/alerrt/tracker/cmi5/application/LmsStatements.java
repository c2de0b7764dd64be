package org.alerrt.tracker.cmi5.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Set;
import org.alerrt.tracker.cmi5.domain.AuSession;
import org.alerrt.tracker.lrs.api.StatementLog;
import org.alerrt.tracker.lrs.api.XapiVersion;
import org.alerrt.tracker.platform.security.Caller;
import org.alerrt.tracker.platform.security.Roles;

/** The LMS's own statements (launched, abandoned, waived, satisfied: cmi5 §9.3), stored through the LRS's rules. */
@ApplicationScoped
public class LmsStatements {

    /**
     * The authority of the LMS's own statements: never a credential key (HTTP Basic keys cannot hold ':') and
     * without {@link AuSession#CREDENTIAL_KEY_PREFIX}, so the launch credential rules never take the LMS for an AU
     * session.
     */
    static final String LMS_NAME = "lms:cmi5";

    @Inject
    StatementLog statements;

    /** Stores the statements in the caller's transaction, in this order; nothing when there are none. */
    public void store(JsonObject... statement) {
        if (statement.length > 0) {
            statements.store(List.of(statement), new Caller(LMS_NAME, Set.of(Roles.LRS), 0L), XapiVersion.V1_0_3);
        }
    }
}
