/**
 * Stock across branches: an append-only ledger of movements (receipts, sales, returns, adjustments, transfers, count
 * corrections) from which levels per product and branch are kept, transfers, stocktakes, reorder levels, suppliers
 * and purchase orders with weighted-average cost. Other modules record sales and receipts through
 * {@link com.astroaxis.inventory.InventoryManagement} and hear about low stock from
 * {@link com.astroaxis.inventory.StockLow}. Products and branches are known from the catalogue's and the branches'
 * saved events.
 */
@ApplicationModule(displayName = "Inventory")
package com.astroaxis.inventory;

import org.springframework.modulith.ApplicationModule;
