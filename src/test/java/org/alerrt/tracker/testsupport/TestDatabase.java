package org.alerrt.tracker.testsupport;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/** A fresh in-memory H2 database with the real Flyway migrations, for repository tests without a container. */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static JdbcDataSource migrated() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
        ds.setUser("sa");
        ds.setPassword("sa");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        return ds;
    }

    /**
     * A DataSource that always hands out the same connection and ignores close(), standing in for a JTA
     * transaction: everything a repository does through it is one transaction on that connection.
     */
    public static DataSource transaction(Connection connection) {
        InvocationHandler keepOpen = (proxy, method, args) -> method.getName().equals("close")
                ? null : method.invoke(connection, args);
        Connection shared = (Connection) Proxy.newProxyInstance(TestDatabase.class.getClassLoader(),
                new Class<?>[] {Connection.class}, keepOpen);
        return (DataSource) Proxy.newProxyInstance(TestDatabase.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        return shared;
                    }
                    throw new SQLException("not supported in tests: " + method.getName());
                });
    }
}
