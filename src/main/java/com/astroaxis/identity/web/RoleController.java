package com.astroaxis.identity.web;

import java.net.URI;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import com.astroaxis.identity.internal.RoleAdministration;
import com.astroaxis.identity.internal.Roles;
import com.astroaxis.identity.internal.UserCommands.CreateRole;
import com.astroaxis.identity.internal.UserCommands.UpdateRole;
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
@RequestMapping("/api/v1")
@RequiresPermission("users.manage")
@Tag(name = "Roles")
class RoleController {

    private final RoleAdministration roles;

    RoleController(RoleAdministration roles) {
        this.roles = roles;
    }

    record NewRole(@NotBlank @Size(max = 40) String name, @Size(max = 200) String description, Set<String> permissions) {
    }

    record RoleChange(@Size(max = 200) String description, Set<String> permissions, @Size(max = 500) String reason) {
    }

    @GetMapping("/roles")
    List<Roles.RoleView> list() {
        return roles.list();
    }

    @PostMapping("/roles")
    ResponseEntity<Roles.RoleView> create(@Valid @RequestBody NewRole body,
            @AuthenticationPrincipal AuthenticatedUser caller) {
        var created = roles.create(new CreateRole(body.name(), body.description(), body.permissions()), caller);
        return ResponseEntity.created(URI.create("/api/v1/roles/" + created.name().replace(" ", "%20"))).body(created);
    }

    @PatchMapping("/roles/{name}")
    Roles.RoleView update(@PathVariable String name, @Valid @RequestBody RoleChange body,
            @AuthenticationPrincipal AuthenticatedUser caller) {
        return roles.update(name, new UpdateRole(body.description(), body.permissions(), body.reason()), caller);
    }

    @GetMapping("/permissions")
    List<RoleAdministration.PermissionView> permissions() {
        return roles.permissions();
    }
}
