package com.astroaxis.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import com.astroaxis.platform.security.AuthenticatedUser;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

/** Signed-in users and a look at what lies on disk, for the files tests. */
final class FileTestSupport {

    private FileTestSupport() {
    }

    static UsernamePasswordAuthenticationToken user(UUID id, String... permissions) {
        return UsernamePasswordAuthenticationToken.authenticated(new AuthenticatedUser(id, "user-" + id, Set.of(), true, null),
                null, AuthorityUtils.createAuthorityList(permissions));
    }

    /** Every regular file under the data directory, temporary ones included. */
    static Set<Path> filesUnder(Path dataDir) {
        if (!Files.exists(dataDir)) {
            return Set.of();
        }
        try (Stream<Path> walk = Files.walk(dataDir)) {
            return walk.filter(Files::isRegularFile).map(Path::toAbsolutePath).collect(java.util.stream.Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
