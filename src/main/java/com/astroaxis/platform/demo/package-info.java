/**
 * The demo shop: {@link com.astroaxis.platform.demo.DemoShopRequested} is published once by the operations module on
 * a server's first start against an empty database with {@code DEMO_DATA} on (refused in production), right after
 * the demo administrator was created. Each module listens and adds its own part of the demo shop through its own
 * services, so the demo data passes the same checks and reaches the audit trail like any other change.
 */
package com.astroaxis.platform.demo;
