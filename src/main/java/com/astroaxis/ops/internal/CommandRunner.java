package com.astroaxis.ops.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.astroaxis.audit.AuditManagement;
import com.astroaxis.identity.IdentityManagement;
import com.astroaxis.ops.Command;
import com.astroaxis.platform.config.AstroAxisSettings;

import org.flywaydb.core.Flyway;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Runs one administrative command in a context without a web server, then lets the application exit. */
@Component
@ConditionalOnProperty(Command.PROPERTY)
class CommandRunner implements ApplicationRunner, ExitCodeGenerator {

    static final int FAILED = 1;
    /** The command ran and found something wrong (a broken audit trail). */
    static final int FOUND_FAULT = 2;
    /** sysexits.h EX_USAGE, as for an unknown command. */
    static final int USAGE = 64;
    private final Command command;
    private final IdentityManagement identity;
    private final AuditManagement audit;
    private final AstroAxisSettings settings;
    private final Flyway flyway;
    private final PrintStream out = System.out;
    private final PrintStream err = System.err;
    private int exitCode;

    CommandRunner(AstroAxisSettings settings, IdentityManagement identity, AuditManagement audit, Flyway flyway,
            org.springframework.core.env.Environment environment) {
        this.command = Command.of(environment.getRequiredProperty(Command.PROPERTY)).orElseThrow();
        this.settings = settings;
        this.identity = identity;
        this.audit = audit;
        this.flyway = flyway;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        try {
            switch (command) {
                case MIGRATE -> {
                    var info = flyway.info();
                    out.println("Database schema is at version " + info.current().getVersion() + " ("
                            + info.applied().length + " migrations applied).");
                }
                case CREATE_ADMIN -> {
                    var username = username(arguments);
                    var id = identity.createAdministrator(username, option(arguments, "display-name"),
                            password(arguments), "command-line");
                    out.println("Created administrator '" + username + "' (" + id + ").");
                }
                case RESET_ADMIN -> {
                    var username = username(arguments);
                    identity.resetAdministrator(username, password(arguments), "command-line");
                    out.println("Administrator '" + username + "' has a new password and is enabled.");
                }
                case AUDIT -> audit(arguments);
                default -> throw new IllegalStateException(command.word() + " does not run in this context");
            }
        } catch (IllegalArgumentException | IOException refused) {
            err.println(command.word() + ": " + refused.getMessage());
            exitCode = FAILED;
        }
    }

    /** {@code audit verify}: exit code 0 when the trail is intact, 2 when it is broken. */
    private void audit(ApplicationArguments arguments) {
        var words = arguments.getNonOptionArgs();
        if (words.size() != 1 || !words.getFirst().equals("verify")) {
            err.println("audit: say what to do with the audit trail: 'audit verify'");
            exitCode = USAGE;
            return;
        }
        var result = audit.verify();
        out.println(result.summary());
        if (!result.ok()) {
            out.println(result.entriesChecked() + " entries before it are intact. See 'Audit trail' in the "
                    + "operations guide for what to do next.");
            exitCode = FOUND_FAULT;
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    private String username(ApplicationArguments arguments) {
        var given = option(arguments, "username");
        if (given != null) {
            return given;
        }
        var configured = settings.admin().username();
        return configured == null || configured.isBlank() ? "admin" : configured;
    }

    private static String option(ApplicationArguments arguments, String name) {
        var values = arguments.getOptionValues(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    /** From ADMIN_PASSWORD, else typed twice at a terminal, else one line of standard input. */
    private String password(ApplicationArguments arguments) throws IOException {
        if (arguments.containsOption("password")) {
            throw new IllegalArgumentException("passwords are never taken as arguments (they stay in shell history); "
                    + "set ADMIN_PASSWORD or type it when asked");
        }
        var configured = settings.admin().password();
        if (configured != null && !configured.isEmpty()) {
            return configured;
        }
        var console = System.console();
        if (console != null && console.isTerminal()) {
            var first = console.readPassword("New password: ");
            var second = console.readPassword("Repeat it: ");
            if (first == null || second == null || !Arrays.equals(first, second)) {
                throw new IllegalArgumentException("the two passwords differ");
            }
            return new String(first);
        }
        var line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (line == null || line.isEmpty()) {
            throw new IllegalArgumentException("no password given: set ADMIN_PASSWORD or pipe it on standard input");
        }
        return line;
    }
}
