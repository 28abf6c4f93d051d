package com.astroaxis.platform.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.astroaxis.platform.config.AstroAxisSettings;
import com.astroaxis.platform.security.PublicEndpoint;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.info.GitProperties;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** What the web shell needs before anyone signs in: names, currency, time zone and which features exist. */
@RestController
@PublicEndpoint
@RequestMapping("/api/v1/app-info")
@Tag(name = "Platform")
class AppInfoController {

    private static final List<String> KNOWN_FEATURES = List.of("login");
    private final AppInfo info;

    AppInfoController(AstroAxisSettings settings, ObjectProvider<BuildProperties> build,
            ObjectProvider<GitProperties> git, List<ShellFeature> features) {
        var available = new TreeMap<String, Boolean>();
        KNOWN_FEATURES.forEach(name -> available.put(name, false));
        features.forEach(feature -> available.put(feature.name(), true));
        this.info = new AppInfo("AstroAxis",
                Optional.ofNullable(build.getIfAvailable()).map(BuildProperties::getVersion).orElse("development"),
                Optional.ofNullable(git.getIfAvailable()).map(GitProperties::getShortCommitId).orElse(null),
                settings.company().name(), settings.currency().code(), settings.currency().symbol(),
                settings.timezone().getId(), settings.vatRateBasisPoints(), settings.environment().profile(),
                Map.copyOf(available));
    }

    @GetMapping
    @Operation(summary = "Public facts about this installation, for the web shell")
    AppInfo appInfo() {
        return info;
    }

    record AppInfo(String name, String version, String commit, String companyName, String currencyCode,
                   String currencySymbol, String timezone, int vatRateBasisPoints, String environment,
                   Map<String, Boolean> features) {
    }
}
