package com.astroaxis.branches;

import java.util.UUID;

public record BranchId(UUID value) {
    public BranchId {
        if (value == null) {
            throw new IllegalArgumentException("a branch id is required");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
