package com.astroaxis.inventory.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.astroaxis.inventory.internal.TransferService;

/** A request line: a product and a quantity. */
record LineJson(UUID productId, BigDecimal quantity) {

    static List<TransferService.LineCommand> commands(List<LineJson> lines) {
        if (lines == null) {
            return null;
        }
        var commands = new ArrayList<TransferService.LineCommand>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i);
            if (line == null) {
                throw com.astroaxis.inventory.internal.Refusals.invalid("lines[" + i + "]", "is required");
            }
            commands.add(new TransferService.LineCommand(line.productId(),
                    Quantities.parse(line.quantity(), "lines[" + i + "].quantity")));
        }
        return commands;
    }
}
