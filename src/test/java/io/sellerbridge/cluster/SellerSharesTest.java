package io.sellerbridge.cluster;

import io.sellerbridge.sandbox.SandboxSeller;
import io.sellerbridge.spapi.SpApiSeller;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SellerSharesTest {

    private static final int PARTITIONS = 6;

    private final DefaultCamelContext context = new DefaultCamelContext();

    private static SpApiSeller seller(String sellerId) {
        SandboxSeller s = SandboxSeller.DEFAULT;
        return new SpApiSeller(sellerId.toLowerCase(), sellerId, List.of("ATVPDKIKX0DER"), s.clientId(), s.clientSecret(),
                s.refreshToken());
    }

    private Exchange workItem(Object body) {
        Exchange exchange = new DefaultExchange(context);
        exchange.getMessage().setBody(body);
        return exchange;
    }

    private static SellerShares holding(Integer... partitions) {
        SellerShares shares = SellerShares.byPartition();
        shares.partitions(PARTITIONS);
        shares.assigned(List.of(partitions));
        return shares;
    }

    @Test
    void givenNoGroup_thenEverySellerIsPolledHere() {
        SellerShares shares = SellerShares.everySeller();
        assertTrue(shares.polls("A1ANY"));
        assertTrue(shares.begin(workItem(seller("A1ANY"))));
    }

    @Test
    void givenAGroup_thenASellerIsPolledWhereItsPartitionIs_andNowhereBeforeTheFirstAssignment() {
        SellerShares none = SellerShares.byPartition();
        assertFalse(none.polls("A1ANY"), "no partitions yet: no seller");

        SellerShares all = holding(0, 1, 2, 3, 4, 5);
        SellerShares half = holding(0, 1, 2);
        SellerShares otherHalf = holding(3, 4, 5);
        List<String> ids = IntStream.range(0, 50).mapToObj(i -> "A2SELLER" + i).toList();
        for (String id : ids) {
            assertTrue(all.polls(id));
            assertTrue(half.polls(id) ^ otherHalf.polls(id), id + " is polled by exactly one of two halves");
            assertEquals(all.partitionOf(id), half.partitionOf(id), "the hash depends on the seller id alone");
        }
        long inHalf = ids.stream().filter(half::polls).count();
        assertTrue(inHalf > 10 && inHalf < 40, "the sellers spread over the partitions: " + inHalf + " of 50");
    }

    @Test
    void givenARevokedPartition_thenItsSellersStartNothing_andARunningOneIsToldToLeaveOff() {
        String id = IntStream.range(0, 100).mapToObj(i -> "A3SELLER" + i)
                .filter(s -> holding(0).polls(s)).findFirst().orElseThrow();
        SellerShares shares = holding(0, 1);
        Exchange run = workItem(seller(id));
        assertTrue(shares.begin(run));
        Exchange page = run.copy();
        assertTrue(shares.mayContinue(page), "a page of a run of a seller held here goes on");
        assertTrue(shares.mayContinue(workItem("an order of a notification")), "work outside a run is never stopped");

        CompletableFuture<Void> handover = CompletableFuture.runAsync(() -> {
            try {
                shares.revoked(List.of(0), Duration.ofSeconds(30));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> !shares.polls(id));
        assertFalse(shares.mayContinue(page), "the run leaves off at its next page");
        assertFalse(shares.begin(workItem(seller(id))), "no new run of a handed-over seller");
        assertFalse(handover.isDone(), "the handover waits for the run under way");
        assertThrows(java.util.concurrent.TimeoutException.class, () -> handover.get(300, TimeUnit.MILLISECONDS));

        shares.end(run);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(handover::isDone);
        assertEquals(Set.of(1), shares.owned());
    }

    @Test
    void givenARunOfASellerStillHeld_thenTheHandoverOfOtherPartitionsDoesNotWaitForIt() throws Exception {
        String kept = IntStream.range(0, 100).mapToObj(i -> "A4SELLER" + i)
                .filter(s -> holding(1).polls(s)).findFirst().orElseThrow();
        SellerShares shares = holding(0, 1);
        assertTrue(shares.begin(workItem(seller(kept))));
        CompletableFuture.runAsync(() -> {
            try {
                shares.revoked(List.of(0), Duration.ofSeconds(30));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }).get(5, TimeUnit.SECONDS);
        assertTrue(shares.polls(kept));
    }

    @Test
    void givenAWorkItemThatIsNoSeller_thenItAlwaysStarts() {
        assertTrue(holding().begin(workItem("B00ASIN")));
    }
}
