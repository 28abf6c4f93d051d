/**
 * Running AstroAxis: the administrative commands in the jar (migrate, create-admin, reset-admin, audit verify,
 * version), the first administrator on an empty database and the demo shop.
 */
@ApplicationModule(displayName = "Operations")
package com.astroaxis.ops;

import org.springframework.modulith.ApplicationModule;
