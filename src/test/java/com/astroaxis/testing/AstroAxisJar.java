package com.astroaxis.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The built jar, run as a person or a service manager would run it: {@code java -jar target/astroaxis.jar …} in a
 * child process with only the environment the test gives it.
 */
public final class AstroAxisJar {

    private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private AstroAxisJar() {
    }

    public record Result(int exitCode, String stdout, String stderr) {
    }

    public static Path jar() {
        var jar = Path.of(System.getProperty("astroaxis.jar", "target/astroaxis.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: these tests run after 'package' (./mvnw verify)");
        }
        return jar;
    }

    /** The Java 25 runtime this test runs on, which is the one the jar needs. */
    public static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    /** The test run's PostgreSQL as a DATABASE_URL in the form hosting providers hand out. */
    public static String databaseUrl(String jdbcUrl) {
        var hostAndDb = jdbcUrl.substring("jdbc:postgresql://".length());
        var password = TestDatabase.password().isEmpty() ? "" : ":" + TestDatabase.password();
        return "postgresql://" + TestDatabase.username() + password + "@" + hostAndDb;
    }

    public static Result run(Map<String, String> environment, String stdin, String... arguments) {
        try {
            var process = start(environment, arguments);
            try (var in = process.getOutputStream()) {
                if (stdin != null) {
                    in.write(stdin.getBytes(StandardCharsets.UTF_8));
                }
            }
            var stdout = process.inputReader(StandardCharsets.UTF_8);
            var stderr = process.errorReader(StandardCharsets.UTF_8);
            var outText = new StringBuilder();
            var errText = new StringBuilder();
            var out = Thread.ofVirtual().start(() -> stdout.lines().forEach(line -> outText.append(line).append('\n')));
            var err = Thread.ofVirtual().start(() -> stderr.lines().forEach(line -> errText.append(line).append('\n')));
            if (!process.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("astroaxis " + String.join(" ", arguments) + " did not finish in time");
            }
            out.join();
            err.join();
            return new Result(process.exitValue(), outText.toString(), errText.toString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Starts the server and waits until it reports ready; closing it stops the server. */
    public static Server serve(Map<String, String> environment) {
        return serve(environment, "/actuator/health/readiness");
    }

    /** Starts the server and waits until the given readiness path answers 200. */
    public static Server serve(Map<String, String> environment, String readinessPath) {
        var port = freePort();
        var env = new HashMap<>(environment);
        env.put("PORT", String.valueOf(port));
        try {
            var log = Files.createTempFile("astroaxis-server", ".log");
            var builder = builder(env, "serve").redirectErrorStream(true).redirectOutput(log.toFile());
            var server = new Server(builder.start(), port, log, readinessPath);
            server.awaitReady();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static final class Server implements AutoCloseable {
        private final Process process;
        private final int port;
        private final Path log;
        private final String readinessPath;

        Server(Process process, int port, Path log, String readinessPath) {
            this.process = process;
            this.port = port;
            this.log = log;
            this.readinessPath = readinessPath;
        }

        public String baseUrl() {
            return "http://127.0.0.1:" + port;
        }

        public Http http() {
            return new Http(baseUrl());
        }

        public String log() {
            try {
                return Files.readString(log);
            } catch (IOException e) {
                return "(log unreadable: " + e.getMessage() + ")";
            }
        }

        void awaitReady() {
            var deadline = Instant.now().plus(START_TIMEOUT);
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the server exited with " + process.exitValue() + ":\n" + log());
                }
                try {
                    if (http().get(readinessPath).statusCode() == 200) {
                        return;
                    }
                } catch (IllegalStateException notYet) {
                    // not listening yet
                }
                sleep();
            }
            close();
            throw new IllegalStateException("the server was not ready within " + START_TIMEOUT + ":\n" + log());
        }

        @Override
        public void close() {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Process start(Map<String, String> environment, String... arguments) throws IOException {
        return builder(environment, arguments).start();
    }

    private static ProcessBuilder builder(Map<String, String> environment, String... arguments) {
        var command = new java.util.ArrayList<>(List.of(java(), "-jar", jar().toString()));
        command.addAll(List.of(arguments));
        var builder = new ProcessBuilder(command);
        var env = builder.environment();
        var path = env.get("PATH");
        var home = env.get("HOME");
        env.clear(); // nothing of the developer's own environment leaks into what is tested
        env.put("PATH", path == null ? "/usr/bin:/bin" : path);
        env.put("HOME", home == null ? "/tmp" : home);
        env.put("DATA_DIR", Path.of("target", "jar-test-data").toAbsolutePath().toString());
        env.putAll(environment);
        return builder;
    }

    public static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
