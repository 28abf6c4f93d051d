package com.astroaxis.identity;

/** What a password must be. Checked before anything is hashed or stored. */
public final class PasswordPolicy {

    public static final int MINIMUM_LENGTH = 8;
    public static final int MAXIMUM_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** @throws IllegalArgumentException saying what is wrong with the password (never repeating it) */
    public static void check(String password) {
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("a password is required");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MINIMUM_LENGTH) {
            throw new IllegalArgumentException("the password must have at least " + MINIMUM_LENGTH + " characters");
        }
        if (length > MAXIMUM_LENGTH) {
            throw new IllegalArgumentException("the password must have at most " + MAXIMUM_LENGTH + " characters");
        }
        if (password.isBlank()) {
            throw new IllegalArgumentException("the password cannot be only spaces");
        }
        if (CommonPasswords.contains(password)) {
            throw new IllegalArgumentException("this password is one of the most commonly used: choose another");
        }
    }
}
