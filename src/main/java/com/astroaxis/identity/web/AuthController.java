package com.astroaxis.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.astroaxis.identity.internal.PasswordResets;
import com.astroaxis.identity.internal.SignIn;
import com.astroaxis.notifications.Channel;
import com.astroaxis.identity.internal.SignIn.TokenPair;
import com.astroaxis.platform.security.AuthenticatedUser;
import com.astroaxis.platform.security.PublicEndpoint;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Sign-in")
class AuthController {

    private final SignIn signIn;
    private final PasswordResets resets;

    AuthController(SignIn signIn, PasswordResets resets) {
        this.signIn = signIn;
        this.resets = resets;
    }

    record LoginRequest(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 200) String password,
                        @Size(max = 10) String otp) {
    }

    record RefreshRequest(@NotBlank @Size(max = 200) String refreshToken) {
    }

    record ResetRequest(@NotBlank @Size(max = 64) String username, @NotNull Channel channel) {
    }

    record ResetConfirmation(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 12) String code,
                             @NotBlank @Size(max = 200) String newPassword, @Size(max = 10) String otp) {
    }

    @PostMapping("/login")
    @PublicEndpoint
    @Operation(summary = "Sign in; answers an access token and a refresh token")
    TokenPair login(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
        return signIn.login(request.username(), request.password(), request.otp(), http.getRemoteAddr(),
                http.getHeader("User-Agent"));
    }

    @PostMapping("/refresh")
    @PublicEndpoint
    @Operation(summary = "Exchange a refresh token (once) for a new pair")
    TokenPair refresh(@Valid @RequestBody RefreshRequest request) {
        return signIn.refresh(request.refreshToken());
    }

    @PostMapping("/password-reset")
    @PublicEndpoint
    @Operation(summary = "Send a password reset code by email or SMS (always 202: whether the user exists is not told)")
    ResponseEntity<Void> requestReset(@Valid @RequestBody ResetRequest request) {
        resets.request(request.username(), request.channel());
        return ResponseEntity.accepted().build();
    }

    @PostMapping("/password-reset/confirm")
    @PublicEndpoint
    @Operation(summary = "Set a new password with the code (and an authenticator code when enrolled)")
    ResponseEntity<Void> confirmReset(@Valid @RequestBody ResetConfirmation request) {
        resets.confirm(request.username(), request.code(), request.newPassword(), request.otp());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/logout")
    @Operation(summary = "End this sign-in session")
    ResponseEntity<Void> logout(@AuthenticationPrincipal AuthenticatedUser user) {
        signIn.logout(user.sessionId(), user.username());
        return ResponseEntity.noContent().build();
    }
}
