package com.astroaxis.branches;

public enum BranchKind {
    SHOP, WAREHOUSE
}
