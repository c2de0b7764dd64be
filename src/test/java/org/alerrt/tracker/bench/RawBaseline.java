package org.alerrt.tracker.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

/**
 * The physical floor: the same statement documents, one row each, inserted with a multi-row INSERT of one batch per
 * transaction into a plain table (uuid key, text document like the application's column), from as many connections
 * as the API run had clients.
 */
public final class RawBaseline {

    private RawBaseline() {}

    public static LrsClient.IngestResult run(
            String jdbcUrl,
            String user,
            String password,
            List<StatementFactory.Generated> documents,
            int batch,
            int clients,
            Runnable atStart,
            Runnable atEnd)
            throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password);
                Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS bench_raw");
            s.execute("CREATE TABLE bench_raw (id uuid PRIMARY KEY, doc text NOT NULL)");
        }
        int requests = (documents.size() + batch - 1) / batch;
        List<Connection> connections = ConnectionWorkers.open(jdbcUrl, user, password, clients, true);
        return ConnectionWorkers.run(
                connections,
                requests,
                documents.size(),
                batch,
                (c, r) -> {
                    List<StatementFactory.Generated> rows =
                            documents.subList(r * batch, Math.min(documents.size(), (r + 1) * batch));
                    String sql =
                            "INSERT INTO bench_raw (id, doc) VALUES " + "(?, ?),".repeat(rows.size() - 1) + "(?, ?)";
                    try (PreparedStatement ps = c.prepareStatement(sql)) {
                        int i = 1;
                        for (StatementFactory.Generated g : rows) {
                            ps.setObject(i++, UUID.fromString(g.id()));
                            ps.setString(i++, g.json());
                        }
                        ps.executeUpdate(); // autocommit: one transaction per batch
                    }
                },
                atStart,
                atEnd);
    }

    /** Drops the baseline table so it does not weigh on later phases. */
    public static void drop(String jdbcUrl, String user, String password) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password);
                Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS bench_raw");
        }
    }
}
