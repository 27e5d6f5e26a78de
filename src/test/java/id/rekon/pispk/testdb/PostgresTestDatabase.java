package id.rekon.pispk.testdb;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A fresh, empty schema on the test PostgreSQL server, so each test class run starts from nothing
 * (Spring caches one application context per configuration, and a server outlives the test JVM).
 * The JDBC URL it hands out selects the schema with {@code currentSchema}, so Spring Batch's tables
 * and ours are created inside it. Not thread safe; one instance per test class.
 *
 * <p>Where the server is: environment variables {@value #URL_ENV}, {@value #USER_ENV},
 * {@value #PASSWORD_ENV}; when the URL is absent, {@value #DEFAULT_URL} as {@code rekon}/{@code rekon},
 * which is what {@code .ci/run} and docs/postgresql.md create.
 */
public final class PostgresTestDatabase {

    public static final String URL_ENV = "REKON_TEST_PG_URL";
    public static final String USER_ENV = "REKON_TEST_PG_USER";
    public static final String PASSWORD_ENV = "REKON_TEST_PG_PASSWORD";
    static final String DEFAULT_URL = "jdbc:postgresql://localhost:5432/rekon";

    private final String schema;

    private PostgresTestDatabase(String schema) {
        this.schema = schema;
    }

    /** The server's base URL (no schema selected). */
    public static String serverUrl() {
        String url = System.getenv(URL_ENV);
        return url == null || url.isBlank() ? DEFAULT_URL : url;
    }

    public static String user() {
        return env(USER_ENV, "rekon");
    }

    public static String password() {
        return env(PASSWORD_ENV, "rekon");
    }

    /** On CI ({@code CI=true}) PostgreSQL tests must run: an unreachable server is a failure, not a skip. */
    public static boolean required() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /**
     * Why the server cannot be used, or {@code null} when a connection succeeds (tried with a short
     * timeout, so a developer without PostgreSQL waits a moment, not a minute).
     */
    public static String unreachableReason() {
        try (Connection c = connect(serverUrl())) {
            return null;
        } catch (SQLException e) {
            return "PostgreSQL " + serverUrl() + " (" + user() + ") tidak dapat dihubungi: " + e.getMessage();
        }
    }

    /** Creates an empty schema named {@code prefix_<time>_<random>}. */
    public static PostgresTestDatabase freshSchema(String prefix) {
        String schema = (prefix + "_" + System.currentTimeMillis() + "_"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(1 << 20))).toLowerCase(Locale.ROOT);
        if (!schema.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("schema name " + schema);
        }
        try (Connection c = connect(serverUrl()); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL " + serverUrl() + " (" + user() + "): cannot create schema "
                    + schema + " (set " + URL_ENV + ", " + USER_ENV + ", " + PASSWORD_ENV + ")", e);
        }
        return new PostgresTestDatabase(schema);
    }

    public String schema() {
        return schema;
    }

    /** The server URL with this schema as the only one on the search path. */
    public String url() {
        String base = serverUrl();
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** A plain connection into this schema (the caller closes it). */
    public Connection connection() throws SQLException {
        return connect(url());
    }

    /**
     * Drops the schema and everything in it. A lock timeout makes a connection left in a
     * transaction (a cursor not closed) fail the drop instead of hanging the build.
     */
    public void drop() {
        try (Connection c = connect(serverUrl()); Statement s = c.createStatement()) {
            s.execute("SET lock_timeout = '30s'");
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop schema " + schema, e);
        }
    }

    private static Connection connect(String url) throws SQLException {
        java.util.Properties p = new java.util.Properties();
        p.setProperty("user", user());
        p.setProperty("password", password());
        p.setProperty("connectTimeout", "5");
        return DriverManager.getConnection(url, p);
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null ? fallback : v;
    }
}
