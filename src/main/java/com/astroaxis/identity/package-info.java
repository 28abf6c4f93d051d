/**
 * Who may use AstroAxis: user accounts, their roles and passwords. Other modules use {@link IdentityManagement};
 * the accounts themselves live in {@code internal}.
 */
@ApplicationModule(displayName = "Identity")
package com.astroaxis.identity;

import org.springframework.modulith.ApplicationModule;
