package com.astroaxis.platform.config;

/**
 * A setting from the environment that AstroAxis cannot run with. The message names the variable and says what is
 * wrong in one line, because it is printed on its own when the application refuses to start.
 */
public class InvalidConfigurationException extends RuntimeException {

    private final String variable;

    public InvalidConfigurationException(String variable, String problem) {
        this(variable, variable + " " + problem, null);
    }

    private InvalidConfigurationException(String variable, String message, Void unused) {
        super(message);
        this.variable = variable;
    }

    /** A refusal whose message is already a whole sentence. */
    static InvalidConfigurationException refusal(String variable, String message) {
        return new InvalidConfigurationException(variable, message, null);
    }

    public String variable() {
        return variable;
    }
}
