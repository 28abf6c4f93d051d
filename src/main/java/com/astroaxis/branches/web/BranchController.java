package com.astroaxis.branches.web;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.astroaxis.branches.BranchKind;
import com.astroaxis.branches.BranchView;
import com.astroaxis.branches.OversellPolicy;
import com.astroaxis.branches.internal.BranchCommands.CreateBranch;
import com.astroaxis.branches.internal.BranchCommands.UpdateBranch;
import com.astroaxis.branches.internal.BranchService;
import com.astroaxis.platform.security.AuthenticatedUser;
import com.astroaxis.platform.security.RequiresPermission;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/branches")
@Tag(name = "Branches")
class BranchController {

    private static final String MANAGE = "branches.manage";
    private final BranchService branches;

    BranchController(BranchService branches) {
        this.branches = branches;
    }

    record BranchJson(String id, String code, String name, BranchKind kind, String address, String phone,
                      BigDecimal latitude, BigDecimal longitude, Integer radiusMeters, String receiptHeader,
                      String receiptFooter, OversellPolicy oversell, boolean active) {

        static BranchJson of(BranchView branch) {
            return new BranchJson(branch.id().toString(), branch.code(), branch.name(), branch.kind(),
                    branch.address(), branch.phone(), branch.latitude(), branch.longitude(), branch.radiusMeters(),
                    branch.receiptHeader(), branch.receiptFooter(), branch.oversell(), branch.active());
        }
    }

    record BranchChange(String code, String name, BranchKind kind, String address, String phone, BigDecimal latitude,
                        BigDecimal longitude, Integer radiusMeters, String receiptHeader, String receiptFooter,
                        OversellPolicy oversell, Boolean active, Set<String> clear) {
    }

    /** Only the branches the caller may work in (Owner and Admin: all). */
    @GetMapping
    List<BranchJson> list(@AuthenticationPrincipal AuthenticatedUser caller) {
        return branches.visibleTo(caller).stream().map(BranchJson::of).toList();
    }

    @GetMapping("/{id}")
    BranchJson get(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser caller) {
        return BranchJson.of(branches.get(id, caller));
    }

    @PostMapping
    @RequiresPermission(MANAGE)
    ResponseEntity<BranchJson> create(@RequestBody BranchChange body, @AuthenticationPrincipal AuthenticatedUser caller) {
        var created = branches.create(new CreateBranch(body.code(), body.name(), body.kind(), body.address(),
                body.phone(), body.latitude(), body.longitude(), body.radiusMeters(), body.receiptHeader(),
                body.receiptFooter(), body.oversell()), caller);
        return ResponseEntity.created(URI.create("/api/v1/branches/" + created.id())).body(BranchJson.of(created));
    }

    @PatchMapping("/{id}")
    @RequiresPermission(MANAGE)
    BranchJson update(@PathVariable UUID id, @RequestBody BranchChange body,
            @AuthenticationPrincipal AuthenticatedUser caller) {
        return BranchJson.of(branches.update(id, new UpdateBranch(body.code(), body.name(), body.kind(), body.address(),
                body.phone(), body.latitude(), body.longitude(), body.radiusMeters(), body.receiptHeader(),
                body.receiptFooter(), body.oversell(), body.active(), body.clear()), caller));
    }
}
