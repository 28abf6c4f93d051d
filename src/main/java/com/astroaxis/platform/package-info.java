/**
 * The shared kernel every business module stands on: configuration from the environment, money, the business
 * calendar, problem+json errors, request ids, security headers and the web shell.
 * <p>
 * It is an open module: its sub-packages are usable by every other module, and it depends on none of them.
 */
@ApplicationModule(displayName = "Platform", type = ApplicationModule.Type.OPEN)
package com.astroaxis.platform;

import org.springframework.modulith.ApplicationModule;
