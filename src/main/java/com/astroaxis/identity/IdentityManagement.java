package com.astroaxis.identity;

/** What other modules, and the command line, may ask of the identity module. */
public interface IdentityManagement {

    long userCount();

    /**
     * Creates an account with the Owner and Admin roles.
     *
     * @throws IllegalArgumentException when the username is taken or the username or password is unacceptable
     */
    UserId createAdministrator(String username, String displayName, String password, String actor);

    /**
     * Gives an administrator a new password and re-enables the account, creating it if it does not exist:
     * the way back in for an owner locked out of their own shop.
     */
    UserId resetAdministrator(String username, String password, String actor);
}
