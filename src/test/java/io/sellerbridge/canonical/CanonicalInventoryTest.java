package io.sellerbridge.canonical;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class CanonicalInventoryTest {

    private static CanonicalInventory level(int inboundShipped, String lastUpdatedTime, String observedAt) {
        return new CanonicalInventory("A2S", "ATVPDKIKX0DER", "KETTLE-01", "B08N5WRWNW", "X00KETTLE1", "NewItem", "Kettle",
                12, 0, inboundShipped, 0, 1, 0, 0, 13 + inboundShipped, lastUpdatedTime, observedAt);
    }

    @Test
    void givenAnInboundOnlyChangeThatAmazonDoesNotDate_whenVersioned_thenItIsANewVersion() {
        // Amazon: changes of the inbound quantities do not move lastUpdatedTime
        assertNotEquals(level(5, "2026-11-28T08:30:00Z", "2026-11-29T12:00:00Z").versionId(),
                level(9, "2026-11-28T08:30:00Z", "2026-11-29T13:00:00Z").versionId());
    }

    @Test
    void givenTheSameLevelSeenByTwoScans_whenVersioned_thenItIsTheSameVersion() {
        assertEquals(level(5, "2026-11-28T08:30:00Z", "2026-11-29T12:00:00Z").versionId(),
                level(5, "2026-11-28T08:30:00Z", "2026-11-29T13:00:00Z").versionId());
        assertEquals(level(5, null, "2026-11-29T12:00:00Z").versionId(), level(5, null, "2026-11-30T12:00:00Z").versionId(),
                "an undated level seen again is not a new version either");
    }
}
