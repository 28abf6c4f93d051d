package com.astroaxis.identity.web;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import com.astroaxis.identity.internal.UserAdministration;
import com.astroaxis.identity.internal.UserCommands.CreateUser;
import com.astroaxis.identity.internal.UserCommands.UpdateUser;
import com.astroaxis.identity.internal.UserView;
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
@RequestMapping("/api/v1/users")
@RequiresPermission("users.manage")
@Tag(name = "Users")
class UserController {

    private final UserAdministration users;

    UserController(UserAdministration users) {
        this.users = users;
    }

    record NewUser(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 200) String password,
                   @Size(max = 200) String displayName, @Size(max = 254) String email, @Size(max = 32) String phone,
                   Set<String> roles, Set<UUID> branchIds, Boolean allBranches) {
    }

    record UserChange(@Size(max = 200) String displayName, @Size(max = 254) String email, @Size(max = 32) String phone,
                      Boolean active, Set<String> roles, Set<UUID> branchIds, Boolean allBranches,
                      @Size(max = 200) String password, @Size(max = 500) String reason) {
    }

    @GetMapping
    List<UserView> list(@AuthenticationPrincipal AuthenticatedUser caller) {
        return users.list(caller);
    }

    @GetMapping("/{id}")
    UserView get(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser caller) {
        return users.get(id, caller);
    }

    @PostMapping
    ResponseEntity<UserView> create(@Valid @RequestBody NewUser body, @AuthenticationPrincipal AuthenticatedUser caller) {
        var created = users.create(new CreateUser(body.username(), body.password(), body.displayName(), body.email(),
                body.phone(), body.roles(), body.branchIds(), body.allBranches()), caller);
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.id())).body(created);
    }

    @PatchMapping("/{id}")
    UserView update(@PathVariable UUID id, @Valid @RequestBody UserChange body,
            @AuthenticationPrincipal AuthenticatedUser caller) {
        return users.update(id, new UpdateUser(body.displayName(), body.email(), body.phone(), body.active(),
                body.roles(), body.branchIds(), body.allBranches(), body.password(), body.reason()), caller);
    }
}
