package com.astroaxis.inventory.internal;

import java.util.UUID;

import com.astroaxis.branches.OversellPolicy;

/** A branch as the inventory knows it (from BranchSaved). */
record StockBranch(UUID id, String code, String name, OversellPolicy oversell, boolean active) {
}
