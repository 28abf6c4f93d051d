package com.astroaxis.inventory.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.astroaxis.platform.demo.DemoShopRequested;
import com.astroaxis.platform.quantity.Quantity;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo shop's stock beyond the opening stock the catalogue's import put at the Ikeja shop (IKJ): reorder levels
 * (three products already at or below theirs), a supplier, purchase orders received in full at the Oshodi warehouse
 * (OSH) and the Lekki shop (LEK), one ordered for Ikeja and partly received, a transfer from Oshodi to Lekki received
 * with a shortfall, one from Oshodi to Ikeja still in transit, and a damaged-goods adjustment. Everything goes through
 * the inventory's own services, so the ledger, the levels and the audit trail see it as any other change.
 */
@Component
class DemoStock {

    private final Catalogue catalogue;
    private final StockService stock;
    private final PurchasingService purchasing;
    private final TransferService transfers;

    DemoStock(Catalogue catalogue, StockService stock, PurchasingService purchasing, TransferService transfers) {
        this.catalogue = catalogue;
        this.stock = stock;
        this.purchasing = purchasing;
        this.transfers = transfers;
    }

    @EventListener
    @Order(DemoShopRequested.INVENTORY)
    void on(DemoShopRequested request) {
        var branches = new HashMap<String, UUID>();
        catalogue.branches().forEach(branch -> branches.put(branch.code(), branch.id()));
        var products = new HashMap<String, StockProduct>();
        catalogue.countable(null).forEach(product -> products.put(product.sku(), product));
        var demo = new Demo(branches, products);
        var ikeja = demo.branch("IKJ");
        var lekki = demo.branch("LEK");
        var oshodi = demo.branch("OSH");

        // reorder levels: rice 50kg, water packs and diapers are already at or below theirs at Ikeja
        reorderLevels(demo, ikeja, Map.of("RICE-50KG", "5", "WATER-PACK", "10", "DIAPERS-M-40", "6",
                "RICE-5KG", "10", "NOODLES-CTN", "5", "VEGOIL-1L", "12", "BEANS-KG", "10", "SUGAR-500", "24",
                "MILK-PWD-400", "10"));
        reorderLevels(demo, lekki, Map.of("RICE-5KG", "8", "WATER-PACK", "10", "VEGOIL-L", "20"));

        var supplier = purchasing.createSupplier(new PurchasingService.SupplierCommand(
                "Mainland Provisions Distributors Ltd", "+234 803 555 0404", "orders@mainland-provisions.example",
                "Plot 7, Apapa-Oshodi Expressway, Isolo, Lagos"));

        // the warehouse is stocked from a purchase order received in full
        receivedInFull(demo, supplier.id(), oshodi, lines("RICE-50KG", "40", "RICE-10KG", "60", "GARRI-Y-5KG", "50",
                "NOODLES-CTN", "80", "VEGOIL-L", "400", "PALMOIL-L", "200", "SUGAR-500", "300", "DETERGENT-2KG", "60",
                "WATER-PACK", "150", "MALT-33", "480", "COLA-50", "480", "SEMO-1KG", "200", "DIAPERS-M-40", "40",
                "TISSUE-4", "120"));
        // so is the Lekki shop
        receivedInFull(demo, supplier.id(), lekki, lines("RICE-5KG", "30", "RICE-10KG", "12", "GARRI-W-2KG", "24",
                "BEANS-KG", "35.5", "SEMO-1KG", "40", "SPAG-500", "80", "NOODLES-70", "240", "SUGAR-500", "60",
                "SALT-500", "30", "TOMPASTE-210", "48", "VEGOIL-1L", "24", "VEGOIL-L", "45.5", "MILK-PWD-400", "20",
                "MILK-EVAP-160", "72", "COCOA-500", "18", "WATER-75", "96", "WATER-SACHET", "40",
                "BREAD-LOAF", "15", "DETERGENT-500", "36", "SOAP-BAR", "60", "TOOTHPASTE-140", "24",
                "BABY-WIPES-80", "12"));
        // a transfer from the warehouse to Lekki, one pack of water short on arrival
        var toLekki = transfers.dispatch(oshodi, lekki, List.of(
                new TransferService.LineCommand(demo.product("WATER-PACK").id(), Quantity.of(20)),
                new TransferService.LineCommand(demo.product("MALT-33").id(), Quantity.of(48)),
                new TransferService.LineCommand(demo.product("COLA-50").id(), Quantity.of(48))),
                "Weekly drinks for Lekki");
        transfers.receive(toLekki.id(), List.of(
                new TransferService.LineCommand(demo.product("WATER-PACK").id(), Quantity.of(19)),
                new TransferService.LineCommand(demo.product("MALT-33").id(), Quantity.of(48)),
                new TransferService.LineCommand(demo.product("COLA-50").id(), Quantity.of(48))));
        // Ikeja's restock: ordered, the sugar has arrived, the rest is still to come
        var ikejaOrder = purchasing.create(supplier.id(), ikeja, orderLines(demo,
                lines("RICE-50KG", "10", "DIAPERS-M-40", "12", "SUGAR-500", "48")));
        purchasing.order(ikejaOrder.id());
        purchasing.receive(ikejaOrder.id(), List.of(
                new TransferService.LineCommand(demo.product("SUGAR-500").id(), Quantity.of(48))));
        // and water from the warehouse, on the road (dispatched, not yet received)
        transfers.dispatch(oshodi, ikeja, List.of(
                new TransferService.LineCommand(demo.product("WATER-PACK").id(), Quantity.of(30)),
                new TransferService.LineCommand(demo.product("NOODLES-CTN").id(), Quantity.of(10))),
                "Restock for Ikeja");
        stock.adjust(new StockService.AdjustCommand(ikeja, demo.product("BLEACH-1L").id(), Quantity.of(-2),
                ReasonCode.DAMAGED, "Two bottles leaked in the store room"));
    }

    private void reorderLevels(Demo demo, UUID branch, Map<String, String> levels) {
        levels.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(level -> stock.setReorderLevel(
                demo.product(level.getKey()).id(), branch, Quantity.parse(level.getValue())));
    }

    private void receivedInFull(Demo demo, UUID supplier, UUID branch, Map<String, String> quantities) {
        var order = purchasing.create(supplier, branch, orderLines(demo, quantities));
        purchasing.order(order.id());
        purchasing.receive(order.id(), order.lines().stream()
                .map(line -> new TransferService.LineCommand(line.productId(), line.quantity())).toList());
    }

    /** Bulk buying: 3% below the catalogue's cost. */
    private static List<PurchasingService.OrderLineCommand> orderLines(Demo demo, Map<String, String> quantities) {
        return quantities.entrySet().stream().map(line -> {
            var product = demo.product(line.getKey());
            return new PurchasingService.OrderLineCommand(product.id(), Quantity.parse(line.getValue()),
                    product.costKobo() * 97 / 100);
        }).toList();
    }

    /** SKU, quantity, SKU, quantity, … in order. */
    private static Map<String, String> lines(String... skusAndQuantities) {
        var lines = new java.util.LinkedHashMap<String, String>();
        for (int i = 0; i < skusAndQuantities.length; i += 2) {
            lines.put(skusAndQuantities[i], skusAndQuantities[i + 1]);
        }
        return lines;
    }

    private record Demo(Map<String, UUID> branches, Map<String, StockProduct> products) {

        UUID branch(String code) {
            var id = branches.get(code);
            if (id == null) {
                throw new IllegalStateException("the demo branch " + code + " is missing");
            }
            return id;
        }

        StockProduct product(String sku) {
            var product = products.get(sku);
            if (product == null) {
                throw new IllegalStateException("the demo product " + sku + " is missing");
            }
            return product;
        }
    }
}
