package com.astroaxis.testing;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A PostgreSQL database of the test run's own: created on first use, dropped when the JVM exits. Databases left by
 * a run that was killed are dropped by a later run once they are a few hours old.
 * <p>
 * The server is TEST_DATABASE_ADMIN_URL (default {@code jdbc:postgresql://127.0.0.1:5432/postgres}) as
 * TEST_DATABASE_USER (default postgres) with TEST_DATABASE_PASSWORD.
 */
public final class TestDatabase {

    private static final String PREFIX = "astroaxis_test_";
    private static final Duration STALE = Duration.ofHours(6);
    private static final String ADMIN_URL = env("TEST_DATABASE_ADMIN_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
    private static final String USER = env("TEST_DATABASE_USER", "postgres");
    private static final String PASSWORD = env("TEST_DATABASE_PASSWORD", "");
    private static String shared;

    private TestDatabase() {
    }

    /** The JDBC URL of the database shared by this JVM's Spring contexts. */
    public static synchronized String jdbcUrl() {
        if (shared == null) {
            shared = create();
        }
        return shared;
    }

    public static String username() {
        return USER;
    }

    public static String password() {
        return PASSWORD;
    }

    /** A fresh, empty database, dropped at exit: for tests that must see a database nobody else has touched. */
    public static String create() {
        var name = PREFIX + Instant.now().getEpochSecond() + "_" + Integer.toUnsignedString(ThreadLocalRandom.current().nextInt(), 36);
        try (var connection = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD);
             var statement = connection.createStatement()) {
            dropStale(connection);
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create a test database on " + ADMIN_URL + " as " + USER
                    + ": is PostgreSQL running? (" + e.getMessage() + ")", e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(name)));
        return ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/') + 1) + name;
    }

    private static void dropStale(java.sql.Connection connection) throws SQLException {
        var stale = new ArrayList<String>();
        var cutoff = Instant.now().minus(STALE).getEpochSecond();
        try (var statement = connection.createStatement();
             var names = statement.executeQuery("select datname from pg_database where datname like '" + PREFIX + "%'")) {
            while (names.next()) {
                var parts = names.getString(1).substring(PREFIX.length()).split("_");
                if (parts.length == 2 && parts[0].matches("\\d+") && Long.parseLong(parts[0]) < cutoff) {
                    stale.add(names.getString(1));
                }
            }
        }
        for (var name : stale) {
            try (var statement = connection.createStatement()) {
                statement.execute("drop database if exists " + name + " with (force)");
            }
        }
    }

    private static void drop(String name) {
        try (var connection = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD);
             var statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
        } catch (SQLException e) {
            System.err.println("Could not drop test database " + name + ": " + e.getMessage());
        }
    }

    private static String env(String name, String fallback) {
        var value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
