package io.sellerbridge.mws;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** MWS XML fixtures under src/test/resources/fixtures/mws, as text, and parsed. */
final class MwsFixtures {

    private MwsFixtures() {
    }

    static String xml(String name) {
        try (InputStream in = MwsFixtures.class.getResourceAsStream("/fixtures/mws/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture mws/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static MwsOrder onlyOrder(String xml) {
        var orders = MwsXml.parse(xml, MwsOrdersResponse.class).result().orders();
        if (orders.size() != 1) {
            throw new IllegalArgumentException("expected one order, got " + orders.size());
        }
        return orders.get(0);
    }

    static java.util.List<MwsOrderItem> items(String xml) {
        return MwsXml.parse(xml, MwsOrderItemsResponse.class).result().items();
    }
}
