package org.alerrt.tracker.certificates.adapters.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.alerrt.tracker.certificates.domain.Certificate;
import org.alerrt.tracker.certificates.domain.CertificateRepository;
import org.alerrt.tracker.certificates.domain.CertificateStatus;
import org.alerrt.tracker.certificates.domain.CertifiedCompletion;
import org.alerrt.tracker.certificates.domain.Delivery;
import org.alerrt.tracker.certificates.domain.VerificationCode;
import org.alerrt.tracker.platform.persistence.Jdbc;
import org.alerrt.tracker.platform.persistence.JdbcRepository;
import org.alerrt.tracker.platform.persistence.PersistenceException;

/** Certificates over plain JDBC; connections come from the JTA datasource, so work joins the caller's transaction. */
@ApplicationScoped
public class JdbcCertificateRepository extends JdbcRepository implements CertificateRepository {

    private static final String CANNOT_READ = "Cannot read certificates";

    public JdbcCertificateRepository() {}

    /** For tests without a container. */
    public JdbcCertificateRepository(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    public Optional<Certificate> latestOfCompletion(long completionId) {
        return queryOne(
                CANNOT_READ,
                CertificateSql.LATEST_OF_COMPLETION,
                ps -> ps.setLong(1, completionId),
                JdbcCertificateRepository::map);
    }

    @Override
    public Certificate add(Certificate certificate) {
        try (Connection c = dataSource().getConnection()) {
            long id;
            try (PreparedStatement ps = c.prepareStatement(CertificateSql.NEXT_ID);
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
            CertifiedCompletion s = certificate.completion();
            try (PreparedStatement ps = c.prepareStatement(CertificateSql.INSERT)) {
                ps.setLong(1, id);
                ps.setLong(2, s.completionId());
                ps.setLong(3, s.learnerId());
                ps.setString(4, certificate.code().value());
                ps.setString(5, s.firstName());
                ps.setString(6, s.lastName());
                ps.setString(7, s.pid());
                ps.setString(8, s.agency());
                ps.setString(9, s.tcoleNumber());
                ps.setString(10, s.courseTitle());
                ps.setString(11, s.delivery().name());
                ps.setInt(12, s.creditHours());
                ps.setBoolean(13, s.countsTowardMandate());
                ps.setDate(14, Date.valueOf(s.completedOn()));
                ps.setString(15, certificate.issuer());
                ps.setTimestamp(16, Timestamp.from(certificate.issuedAt()));
                ps.setString(17, certificate.status().name());
                ps.setString(18, certificate.statusReason());
                Jdbc.setInstant(ps, 19, certificate.statusChangedAt());
                ps.setString(20, certificate.statusChangedBy());
                ps.setInt(21, certificate.revision());
                ps.setString(22, code(certificate.supersededBy()));
                ps.setString(23, s.instructors().isEmpty() ? null : String.join(",", s.instructors()));
                ps.setDate(24, s.startedOn() == null ? null : Date.valueOf(s.startedOn()));
                ps.setString(25, s.moduleDescription());
                ps.setBoolean(26, s.partial());
                ps.executeUpdate();
            }
            return certificate.withId(id);
        } catch (SQLException e) {
            throw new PersistenceException(
                    "Cannot store the certificate for completion "
                            + certificate.completion().completionId(),
                    e);
        }
    }

    @Override
    public Optional<Certificate> findByCode(VerificationCode code) {
        return queryOne(
                CANNOT_READ,
                CertificateSql.BY_CODE,
                ps -> ps.setString(1, code.value()),
                JdbcCertificateRepository::map);
    }

    @Override
    public List<Certificate> list(Long learnerId, Long beforeId, int limit) {
        String sql = learnerId == null ? CertificateSql.LIST_ALL : CertificateSql.LIST_BY_LEARNER;
        return query(
                CANNOT_READ,
                sql,
                ps -> {
                    int i = 1;
                    if (learnerId != null) {
                        ps.setLong(i++, learnerId);
                    }
                    ps.setLong(i++, beforeId == null ? Long.MAX_VALUE : beforeId);
                    ps.setInt(i, limit);
                },
                JdbcCertificateRepository::map);
    }

    @Override
    public boolean updateStatus(Certificate certificate, CertificateStatus expectedCurrent) {
        return update("Cannot update certificate " + certificate.code(), CertificateSql.UPDATE_STATUS, ps -> {
                    ps.setString(1, certificate.status().name());
                    ps.setString(2, certificate.statusReason());
                    Jdbc.setInstant(ps, 3, certificate.statusChangedAt());
                    ps.setString(4, certificate.statusChangedBy());
                    ps.setString(5, code(certificate.supersededBy()));
                    ps.setLong(6, certificate.id());
                    ps.setString(7, expectedCurrent.name());
                })
                == 1;
    }

    private static Certificate map(ResultSet rs) throws SQLException {
        Date startedOn = rs.getDate("started_on");
        CertifiedCompletion snapshot = new CertifiedCompletion(
                rs.getLong("completion_id"),
                rs.getLong("learner_id"),
                rs.getString("first_name"),
                rs.getString("last_name"),
                rs.getString("pid"),
                rs.getString("agency"),
                rs.getString("tcole_number"),
                rs.getString("course_title"),
                Delivery.parse(rs.getString("delivery")),
                rs.getInt("credit_hours"),
                rs.getBoolean("counts_toward_mandate"),
                rs.getDate("completed_on").toLocalDate(),
                instructors(rs.getString("instructors")),
                startedOn == null ? null : startedOn.toLocalDate(),
                rs.getString("module_description"),
                rs.getBoolean("partial_credit"));
        String supersededBy = rs.getString("superseded_by");
        return new Certificate(
                rs.getLong("id"),
                new VerificationCode(rs.getString("verification_code")),
                snapshot,
                rs.getString("issuer"),
                instant(rs.getTimestamp("issued_at")),
                rs.getInt("revision"),
                CertificateStatus.valueOf(rs.getString("status")),
                rs.getString("status_reason"),
                instant(rs.getTimestamp("status_changed_at")),
                rs.getString("status_changed_by"),
                supersededBy == null ? null : new VerificationCode(supersededBy));
    }

    private static List<String> instructors(String commaSeparated) {
        return commaSeparated == null || commaSeparated.isBlank() ? List.of() : List.of(commaSeparated.split(","));
    }

    private static String code(VerificationCode code) {
        return code == null ? null : code.value();
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
