package com.astroaxis.identity.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import com.astroaxis.identity.internal.MyAccount;
import com.astroaxis.platform.security.AuthenticatedUser;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "My account")
class MeController {

    private final MyAccount account;

    MeController(MyAccount account) {
        this.account = account;
    }

    record PasswordChange(@NotBlank @Size(max = 200) String currentPassword, @NotBlank @Size(max = 200) String newPassword) {
    }

    record TotpConfirmation(@NotBlank @Size(max = 10) String code) {
    }

    @GetMapping
    MyAccount.Me me(@AuthenticationPrincipal AuthenticatedUser user) {
        return account.me(user);
    }

    @PostMapping("/password")
    ResponseEntity<Void> changePassword(@AuthenticationPrincipal AuthenticatedUser user,
            @Valid @RequestBody PasswordChange change) {
        account.changePassword(user, change.currentPassword(), change.newPassword());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/totp")
    MyAccount.TotpEnrolment startTotp(@AuthenticationPrincipal AuthenticatedUser user) {
        return account.startTotp(user);
    }

    @PostMapping("/totp/confirm")
    ResponseEntity<Void> confirmTotp(@AuthenticationPrincipal AuthenticatedUser user,
            @Valid @RequestBody TotpConfirmation confirmation) {
        account.confirmTotp(user, confirmation.code());
        return ResponseEntity.noContent().build();
    }
}
