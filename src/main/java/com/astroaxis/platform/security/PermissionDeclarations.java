package com.astroaxis.platform.security;

import java.util.List;

/**
 * A module's permissions. Each module that checks permissions declares them in one bean of this type; the identity
 * module collects them all into the permission registry and grants the defaults to the seeded roles.
 */
public interface PermissionDeclarations {

    List<PermissionDefinition> permissions();
}
