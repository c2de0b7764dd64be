package org.alerrt.tracker.lrs.adapters.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.alerrt.tracker.lrs.domain.CredentialStatuses;
import org.alerrt.tracker.lrs.domain.LrsCredential;
import org.alerrt.tracker.platform.persistence.JdbcRepository;

/**
 * One primary-key read per authenticated xAPI request, in plain JDBC and outside any JTA transaction: through JPA,
 * in a transaction of its own, the same read cost about a seventh of the server's CPU for a single-statement POST
 * (docs/PERFORMANCE.md).
 */
@ApplicationScoped
public class JdbcCredentialStatuses extends JdbcRepository implements CredentialStatuses {

    static final String STATUS = "SELECT revoked, scopes FROM lrs_credential WHERE id = ?";

    @Override
    public Optional<Status> of(long credentialId) {
        return queryOne(
                "Cannot read the status of LRS credential " + credentialId,
                STATUS,
                ps -> ps.setLong(1, credentialId),
                rs -> new Status(rs.getBoolean(1), LrsCredential.scopes(rs.getString(2))));
    }
}
