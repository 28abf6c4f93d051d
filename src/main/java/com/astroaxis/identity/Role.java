package com.astroaxis.identity;

/** The seeded roles. Fine-grained permissions are attached to them by the identity module. */
public enum Role {
    OWNER("Owner"), ADMIN("Admin"), MANAGER("Manager"), CASHIER("Cashier"), ACCOUNTANT("Accountant"), HR("HR"),
    STAFF("Staff");

    private final String displayName;

    Role(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
