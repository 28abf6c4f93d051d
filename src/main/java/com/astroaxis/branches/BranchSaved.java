package com.astroaxis.branches;

/** A branch was created or changed: the new state. Published inside the transaction that saved it. */
public record BranchSaved(BranchView branch) {
}
