package com.astroaxis.platform.demo;

import java.util.Set;
import java.util.UUID;

import com.astroaxis.platform.security.AuthenticatedUser;
import com.astroaxis.platform.security.CurrentUser;

/**
 * Asks every module to load its part of the demo shop. Published once, synchronously, on the first start against an
 * empty database with {@code DEMO_DATA} on; never in production (the production guard refuses {@code DEMO_DATA}).
 * <p>
 * Listeners are ordered ({@code @Order} with the constants below): branches first, then the catalogue (with opening
 * stock), then the rest of the inventory, the demo users last. Each part writes through its module's own services,
 * in their own transactions, as {@link #actor()}; a part that fails stops the loading (the publisher logs it and the
 * server starts regardless).
 *
 * @param administratorId the demo administrator the shop is loaded for: the loading has their rights (all branches,
 *                        every permission) and is recorded in the audit trail as {@value #ACTOR}
 */
public record DemoShopRequested(UUID administratorId) {

    /** Who the audit trail names for the demo shop's writes, as for other work nobody signed in asked for. */
    public static final String ACTOR = CurrentUser.SYSTEM;

    /** Branches: the shops and the warehouse everything else refers to. */
    public static final int BRANCHES = 100;
    /** Catalogue: categories, products and their opening stock. */
    public static final int CATALOGUE = 200;
    /** Inventory beyond opening stock: reorder levels, suppliers, purchase orders, transfers. */
    public static final int INVENTORY = 300;
    /** Identity: the demo staff, limited to their branches. */
    public static final int USERS = 400;

    public DemoShopRequested {
        if (administratorId == null) {
            throw new IllegalArgumentException("the demo shop is loaded for an administrator");
        }
    }

    /** The caller the demo shop's writes are made as: the demo administrator's rights, named {@value #ACTOR}. */
    public AuthenticatedUser actor() {
        return new AuthenticatedUser(administratorId, ACTOR, Set.of(), true, null);
    }
}
