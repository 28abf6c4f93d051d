/**
 * The business's shops and warehouses: codes, addresses, receipt text, the attendance geofence and whether a
 * branch may sell more than it has in stock. Other modules keep their own copy of what they need from
 * {@link com.astroaxis.branches.BranchSaved} events, or ask {@link com.astroaxis.branches.BranchDirectory}.
 */
@ApplicationModule(displayName = "Branches")
package com.astroaxis.branches;

import org.springframework.modulith.ApplicationModule;
