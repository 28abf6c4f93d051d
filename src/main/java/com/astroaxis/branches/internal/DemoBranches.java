package com.astroaxis.branches.internal;

import java.math.BigDecimal;

import com.astroaxis.branches.BranchKind;
import com.astroaxis.branches.OversellPolicy;
import com.astroaxis.branches.internal.BranchCommands.CreateBranch;
import com.astroaxis.platform.demo.DemoShopRequested;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The demo shop's branches: two shops in Lagos (one blocks overselling, one flags it) and a warehouse. */
@Component
class DemoBranches {

    private final BranchService branches;

    DemoBranches(BranchService branches) {
        this.branches = branches;
    }

    @EventListener
    @Order(DemoShopRequested.BRANCHES)
    void on(DemoShopRequested request) {
        var actor = request.actor();
        branches.create(new CreateBranch("IKJ", "Ikeja shop", BranchKind.SHOP,
                "24 Allen Avenue, Ikeja, Lagos", "+234 802 555 0101", new BigDecimal("6.601838"),
                new BigDecimal("3.351486"), 100, "AstroAxis Demo Stores, Ikeja\n24 Allen Avenue, Ikeja, Lagos",
                "Thank you for shopping with us! Goods sold in good condition are not returnable after 7 days.",
                OversellPolicy.BLOCK), actor);
        branches.create(new CreateBranch("LEK", "Lekki shop", BranchKind.SHOP,
                "12 Admiralty Way, Lekki Phase 1, Lagos", "+234 802 555 0202", new BigDecimal("6.447809"),
                new BigDecimal("3.472347"), 100, "AstroAxis Demo Stores, Lekki\n12 Admiralty Way, Lekki Phase 1",
                "Thank you for shopping with us!", OversellPolicy.ALLOW_AND_FLAG), actor);
        branches.create(new CreateBranch("OSH", "Oshodi warehouse", BranchKind.WAREHOUSE,
                "5 Agege Motor Road, Oshodi, Lagos", "+234 802 555 0303", new BigDecimal("6.555320"),
                new BigDecimal("3.343020"), 150, null, null, OversellPolicy.BLOCK), actor);
    }
}
