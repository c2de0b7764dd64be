package org.alerrt.tracker.lrs.adapters.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import org.alerrt.tracker.lrs.domain.SigningKeyStore;
import org.alerrt.tracker.platform.persistence.JdbcRepository;
import org.alerrt.tracker.platform.persistence.PersistenceException;

/** The LRS's signing keys, one per purpose (V18): insert-if-absent, then read, so every instance gets the same. */
@ApplicationScoped
public class JdbcSigningKeyStore extends JdbcRepository implements SigningKeyStore {

    /** In its own transaction, so the key is committed before any token signed with it leaves the server. */
    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public byte[] keyFor(String purpose, byte[] candidate) {
        try (Connection c = dataSource().getConnection()) {
            boolean postgresql = "PostgreSQL".equals(c.getMetaData().getDatabaseProductName());
            try (PreparedStatement ps =
                    c.prepareStatement(postgresql ? SigningKeySql.INSERT_IF_ABSENT_POSTGRESQL : SigningKeySql.INSERT)) {
                ps.setString(1, purpose);
                ps.setString(2, Base64.getEncoder().encodeToString(candidate));
                ps.setTimestamp(3, Timestamp.from(Instant.now()));
                ps.executeUpdate();
            } catch (SQLException e) {
                if (!"23505".equals(e.getSQLState())) { // unique_violation: the key is there already
                    throw e;
                }
            }
            try (PreparedStatement ps = c.prepareStatement(SigningKeySql.FIND)) {
                ps.setString(1, purpose);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalStateException("no " + purpose + " key after inserting one");
                    }
                    return Base64.getDecoder().decode(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new PersistenceException("Cannot read or create the " + purpose + " signing key", e);
        }
    }
}
