package io.sellerbridge.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Deep copies of an order and its items, taken when a report finished processing: the document is fixed then. */
record OrderSnapshot(ObjectNode order, List<ObjectNode> items) {
}
