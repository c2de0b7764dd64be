package org.alerrt.tracker.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The database-side load of the bench (raw baseline, direct store, storage layouts): requests 0 … n-1 sent from one
 * thread per connection, each thread taking the next index until none is left, each request timed.
 */
final class ConnectionWorkers {

    /** One request on the thread's own connection. */
    @FunctionalInterface
    interface Request {
        void send(Connection connection, int index) throws Exception;
    }

    private ConnectionWorkers() {}

    /** {@code n} connections set up as the server's datasource sets up its own (JDBC batches as multi-row INSERTs). */
    static List<Connection> open(String jdbcUrl, String user, String password, int n, boolean autoCommit)
            throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            properties.setProperty("reWriteBatchedInserts", "true");
        }
        List<Connection> connections = new ArrayList<>();
        for (int t = 0; t < n; t++) {
            Connection c = DriverManager.getConnection(jdbcUrl, properties);
            c.setAutoCommit(autoCommit);
            connections.add(c);
        }
        return connections;
    }

    /**
     * @param connections one per client, closed at the end whatever happens
     * @param atStart run once just before the clock starts (the CPU sample)
     * @param atEnd run once when the last request is done, before the connections close (their backends' CPU is
     *     counted while they are there)
     */
    static LrsClient.IngestResult run(
            List<Connection> connections,
            int requests,
            int statements,
            int batch,
            Request request,
            Runnable atStart,
            Runnable atEnd)
            throws Exception {
        AtomicInteger next = new AtomicInteger();
        Latencies latencies = new Latencies();
        ExecutorService pool = Executors.newFixedThreadPool(connections.size());
        try {
            atStart.run();
            long start = System.nanoTime();
            List<Future<?>> workers = new ArrayList<>();
            for (Connection c : connections) {
                workers.add(pool.submit(() -> {
                    int r;
                    while ((r = next.getAndIncrement()) < requests) {
                        long t0 = System.nanoTime();
                        request.send(c, r);
                        latencies.add(System.nanoTime() - t0);
                    }
                    return null;
                }));
            }
            for (Future<?> w : workers) {
                w.get();
            }
            long wall = System.nanoTime() - start;
            atEnd.run();
            return new LrsClient.IngestResult(statements, batch, connections.size(), wall, latencies);
        } finally {
            pool.shutdownNow();
            for (Connection c : connections) {
                close(c);
            }
        }
    }

    private static void close(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // the run is over; a connection that cannot close changes no figure
        }
    }
}
