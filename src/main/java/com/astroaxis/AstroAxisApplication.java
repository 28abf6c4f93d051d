package com.astroaxis;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import com.astroaxis.ops.Command;
import com.astroaxis.platform.config.InvalidConfigurationException;
import com.astroaxis.platform.config.ProductionGuard;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * AstroAxis: point of sale and back office.
 * {@code java -jar astroaxis.jar [serve|migrate|create-admin|reset-admin|audit verify|version]}.
 */
@SpringBootApplication
public class AstroAxisApplication {

    /** sysexits.h EX_USAGE and EX_CONFIG. */
    static final int USAGE = 64;
    static final int CONFIGURATION = 78;

    public static void main(String[] args) {
        var command = Command.SERVE;
        var rest = args;
        if (args.length > 0 && !args[0].startsWith("-")) {
            var named = Command.of(args[0]);
            if (named.isEmpty()) {
                System.err.println("Unknown command '" + args[0] + "'.\n\n" + Command.usage());
                System.exit(USAGE);
            }
            command = named.get();
            rest = Arrays.copyOfRange(args, 1, args.length);
        } else if (args.length > 0 && (args[0].equals("--help") || args[0].equals("-h"))) {
            System.out.println(Command.usage());
            return;
        }
        if (command == Command.VERSION) {
            System.out.println(version());
            return;
        }
        refuseUnsafeConfiguration(rest);
        if (command == Command.SERVE) {
            SpringApplication.run(AstroAxisApplication.class, rest);
            return;
        }
        var quiet = System.getenv("LOG_LEVEL") == null ? "WARN" : System.getenv("LOG_LEVEL");
        var commandArguments = new java.util.ArrayList<>(List.of("--" + Command.PROPERTY + "=" + command.word(),
                "--spring.main.log-startup-info=false", "--logging.level.root=" + quiet,
                "--logging.level.org.flywaydb=" + (command == Command.MIGRATE ? "INFO" : quiet)));
        commandArguments.addAll(List.of(rest));
        var context = new SpringApplicationBuilder(AstroAxisApplication.class)
                .web(WebApplicationType.NONE)
                .run(commandArguments.toArray(String[]::new));
        System.exit(SpringApplication.exit(context));
    }

    /** The production guard, before Spring starts, so that a refusal is one line rather than a stack trace. */
    private static void refuseUnsafeConfiguration(String[] args) {
        var environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
        try {
            ProductionGuard.check(environment::getProperty);
        } catch (InvalidConfigurationException refused) {
            System.err.println("AstroAxis cannot start: " + refused.getMessage());
            System.exit(CONFIGURATION);
        }
    }

    static String version() {
        var build = properties("META-INF/build-info.properties");
        var git = properties("git.properties");
        var version = build.getProperty("build.version", "development");
        var commit = git.getProperty("git.commit.id.abbrev");
        return "AstroAxis " + version + (commit != null ? " (commit " + commit + ")" : "");
    }

    private static Properties properties(String resource) {
        var properties = new Properties();
        try (InputStream in = AstroAxisApplication.class.getClassLoader().getResourceAsStream(resource)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException ignored) {
            // an unreadable file only means the version is unknown
        }
        return properties;
    }
}
