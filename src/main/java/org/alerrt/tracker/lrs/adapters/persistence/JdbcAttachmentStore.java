package org.alerrt.tracker.lrs.adapters.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alerrt.tracker.lrs.domain.DuplicateStatementIdException;
import org.alerrt.tracker.lrs.domain.attachments.AttachmentInfo;
import org.alerrt.tracker.lrs.domain.attachments.AttachmentPart;
import org.alerrt.tracker.lrs.domain.attachments.AttachmentStore;
import org.alerrt.tracker.platform.persistence.Jdbc;
import org.alerrt.tracker.platform.persistence.JdbcRepository;
import org.alerrt.tracker.platform.persistence.PersistenceException;

/** Attachment data once per SHA-2, and which statements carry it (plain JDBC, in the caller's transaction). */
@ApplicationScoped
public class JdbcAttachmentStore extends JdbcRepository implements AttachmentStore {

    /**
     * A concurrent request inserting the same hash first makes the insert fail as a duplicate: the statement service
     * retries the whole write, which then finds the data (same mechanism as a duplicate statement id).
     */
    @Override
    public void save(Map<String, List<AttachmentPart>> partsByStatementId) {
        Instant now = Instant.now();
        try (Connection c = dataSource().getConnection()) {
            for (var e : partsByStatementId.entrySet()) {
                for (AttachmentPart p : e.getValue()) {
                    if (!exists(c, AttachmentSql.CONTENT_EXISTS, p.sha2())) {
                        try (PreparedStatement ps = c.prepareStatement(AttachmentSql.INSERT_CONTENT)) {
                            ps.setString(1, p.sha2());
                            ps.setString(2, p.contentType());
                            ps.setLong(3, p.content().length);
                            ps.setBytes(4, p.content());
                            ps.setTimestamp(5, Timestamp.from(now));
                            ps.executeUpdate();
                        }
                    }
                    if (!exists(c, AttachmentSql.LINK_EXISTS, e.getKey(), p.sha2())) {
                        try (PreparedStatement ps = c.prepareStatement(AttachmentSql.INSERT_LINK)) {
                            ps.setString(1, e.getKey());
                            ps.setString(2, p.sha2());
                            ps.executeUpdate();
                        }
                    }
                }
            }
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) {
                throw new DuplicateStatementIdException(e);
            }
            throw new PersistenceException("Cannot store attachments", e);
        }
    }

    @Override
    public Map<String, AttachmentInfo> info(List<String> sha2s) {
        Map<String, AttachmentInfo> found = new HashMap<>();
        for (int from = 0; from < sha2s.size(); from += 500) {
            List<String> chunk = sha2s.subList(from, Math.min(sha2s.size(), from + 500));
            String sql = AttachmentSql.INFO_BY_SHA2_PREFIX + "?,".repeat(chunk.size() - 1) + "?)";
            query(
                            "Cannot read attachments",
                            sql,
                            Jdbc.strings(chunk),
                            rs -> new AttachmentInfo(rs.getString(1), rs.getString(2), rs.getLong(3)))
                    .forEach(info -> found.put(info.sha2(), info));
        }
        return found;
    }

    @Override
    public Optional<byte[]> content(String sha2) {
        return queryOne(
                "Cannot read attachment " + sha2,
                AttachmentSql.CONTENT_BY_SHA2,
                ps -> ps.setString(1, sha2),
                rs -> rs.getBytes(1));
    }

    private static boolean exists(Connection c, String sql, String... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
