package com.astroaxis.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import com.astroaxis.testing.PostgresIntegrationTest;
import com.astroaxis.testing.TestUsers;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;

/** Accounts with their grants survive a round trip, grants follow the account, and a stale copy cannot be saved. */
class UserAccountsTest extends PostgresIntegrationTest {

    private static final Instant CREATED = Instant.parse("2026-11-21T08:00:00Z");
    private static final Instant LATER = Instant.parse("2026-11-21T09:30:00Z");

    @Autowired
    UserAccounts accounts;

    @Test
    void savesAndReadsAnAccountWithItsGrants() {
        var branchA = UUID.randomUUID();
        var branchB = UUID.randomUUID();
        var account = UserAccount.create(TestUsers.unique("acct"), "Ada", "hash-1", CREATED);
        account.describe("Ada Obi", "ada@example.com", null, CREATED);
        account.grant("Cashier");
        account.grant("Staff");
        account.replaceBranches(Set.of(branchA, branchB), false, CREATED);
        assertThat(accounts.save(account)).isSameAs(account);
        assertThat(account.version()).isZero();

        var read = accounts.findByUsername(account.username()).orElseThrow();
        assertThat(read.id()).isEqualTo(account.id());
        assertThat(read.displayName()).isEqualTo("Ada Obi");
        assertThat(read.email()).isEqualTo("ada@example.com");
        assertThat(read.phone()).isNull();
        assertThat(read.passwordHash()).isEqualTo("hash-1");
        assertThat(read.active()).isTrue();
        assertThat(read.allBranches()).isFalse();
        assertThat(read.securityStamp()).isEqualTo(account.securityStamp());
        assertThat(read.totpLastStep()).isNull();
        assertThat(read.createdAt()).isEqualTo(CREATED);
        assertThat(read.passwordChangedAt()).isEqualTo(CREATED);
        assertThat(read.roleNames()).containsExactlyInAnyOrder("Cashier", "Staff");
        assertThat(read.branchIds()).containsExactlyInAnyOrder(branchA, branchB);
        assertThat(read.isNew()).isFalse();

        var listed = accounts.findAll().stream().filter(a -> a.id().equals(account.id())).findFirst().orElseThrow();
        assertThat(listed.roleNames()).containsExactlyInAnyOrder("Cashier", "Staff");
        assertThat(listed.branchIds()).containsExactlyInAnyOrder(branchA, branchB);
        assertThat(accounts.count()).isEqualTo(accounts.findAll().size());
        assertThat(accounts.findById(UUID.randomUUID())).isEmpty();
    }

    @Test
    void rewritesTheGrantsToMatchTheAccount() {
        var kept = UUID.randomUUID();
        var dropped = UUID.randomUUID();
        var added = UUID.randomUUID();
        var account = UserAccount.create(TestUsers.unique("acct"), "Bola", "hash-1", CREATED);
        account.grant("Cashier");
        account.grant("Staff");
        account.replaceBranches(Set.of(kept, dropped), false, CREATED);
        accounts.save(account);

        var read = accounts.findById(account.id()).orElseThrow();
        read.replaceRoles(Set.of("Staff", "Manager"), LATER);
        read.replaceBranches(Set.of(kept, added), true, LATER);
        read.changePassword("hash-2", LATER);
        accounts.save(read);
        assertThat(read.version()).isEqualTo(1L);

        var reread = accounts.findById(account.id()).orElseThrow();
        assertThat(reread.roleNames()).containsExactlyInAnyOrder("Staff", "Manager");
        assertThat(reread.branchIds()).containsExactlyInAnyOrder(kept, added);
        assertThat(reread.allBranches()).isTrue();
        assertThat(reread.passwordHash()).isEqualTo("hash-2");
        assertThat(reread.updatedAt()).isEqualTo(LATER);
        assertThat(reread.version()).isEqualTo(1L);
    }

    @Test
    void refusesToSaveAStaleCopy() {
        var account = UserAccount.create(TestUsers.unique("acct"), "Chidi", "hash-1", CREATED);
        account.grant("Cashier");
        accounts.save(account);
        var first = accounts.findById(account.id()).orElseThrow();
        var second = accounts.findById(account.id()).orElseThrow();

        first.disable(LATER);
        accounts.save(first);
        second.replaceRoles(Set.of("Manager"), LATER);

        assertThatThrownBy(() -> accounts.save(second)).isInstanceOf(OptimisticLockingFailureException.class);
        var stored = accounts.findById(account.id()).orElseThrow();
        assertThat(stored.active()).isFalse();
        assertThat(stored.roleNames()).containsExactly("Cashier");
        assertThat(stored.version()).isEqualTo(1L);
        // saved again after the conflict, the winner's copy carries on from the version it now has
        first.enable(LATER);
        accounts.save(first);
        assertThat(accounts.findById(account.id()).orElseThrow().version()).isEqualTo(2L);
    }
}
