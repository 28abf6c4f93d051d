package com.astroaxis.platform.security;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * A fine-grained permission such as {@code catalog.write}, declared by the module that checks it, with the seeded
 * roles (Owner, Admin, Manager, Cashier, Accountant, HR, Staff) that hold it until an administrator changes that.
 */
public record PermissionDefinition(String code, String description, Set<String> defaultRoles) {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]*\\.[a-z][a-z0-9-]*");

    public PermissionDefinition {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("a permission code looks like 'module.action', not '" + code + "'");
        }
        defaultRoles = defaultRoles == null ? Set.of() : Set.copyOf(defaultRoles);
    }
}
