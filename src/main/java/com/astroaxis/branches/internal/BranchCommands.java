package com.astroaxis.branches.internal;

import java.math.BigDecimal;

import com.astroaxis.branches.BranchKind;
import com.astroaxis.branches.OversellPolicy;

/** What callers ask of branches. In a change, a null field stays as it is. */
public final class BranchCommands {

    private BranchCommands() {
    }

    public record CreateBranch(String code, String name, BranchKind kind, String address, String phone,
                               BigDecimal latitude, BigDecimal longitude, Integer radiusMeters, String receiptHeader,
                               String receiptFooter, OversellPolicy oversell) {
    }

    public record UpdateBranch(String code, String name, BranchKind kind, String address, String phone,
                               BigDecimal latitude, BigDecimal longitude, Integer radiusMeters, String receiptHeader,
                               String receiptFooter, OversellPolicy oversell, Boolean active) {
    }
}
