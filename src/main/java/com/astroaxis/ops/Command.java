package com.astroaxis.ops;

import java.util.Arrays;
import java.util.Optional;

/** The commands the AstroAxis jar understands; {@code serve} is the default. */
public enum Command {
    SERVE("serve", "run the server (the default)"),
    MIGRATE("migrate", "bring the database schema up to date, then exit"),
    CREATE_ADMIN("create-admin", "create an administrator (password from ADMIN_PASSWORD or standard input)"),
    RESET_ADMIN("reset-admin", "set a new password for an administrator and re-enable the account"),
    AUDIT("audit", "verify", "check that the audit trail is complete and unaltered (exit code 2 when it is not)"),
    VERSION("version", "print the version and exit");

    public static final String PROPERTY = "astroaxis.command";
    private final String word;
    private final String arguments;
    private final String summary;

    Command(String word, String summary) {
        this(word, "", summary);
    }

    Command(String word, String arguments, String summary) {
        this.word = word;
        this.arguments = arguments;
        this.summary = summary;
    }

    public String word() {
        return word;
    }

    public static Optional<Command> of(String word) {
        return Arrays.stream(values()).filter(c -> c.word.equals(word)).findFirst();
    }

    public static String usage() {
        var text = new StringBuilder("Usage: java -jar astroaxis.jar [command] [--option=value …]\n\nCommands:\n");
        for (var command : values()) {
            var synopsis = (command.word + " " + command.arguments).strip();
            text.append(String.format("  %-13s %s%n", synopsis, command.summary));
        }
        text.append("\nOptions for create-admin and reset-admin: --username=NAME (default: ADMIN_USERNAME or admin), "
                + "--display-name=NAME.\nPasswords are never accepted as arguments.");
        return text.toString();
    }
}
