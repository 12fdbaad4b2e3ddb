package io.sellerbridge.reports;

import io.sellerbridge.canonical.CanonicalInventory;
import org.junit.jupiter.api.Test;

import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import static io.sellerbridge.reports.ReportFixtures.badRows;
import static io.sellerbridge.reports.ReportFixtures.cells;
import static io.sellerbridge.reports.ReportFixtures.messages;
import static io.sellerbridge.reports.ReportFixtures.readAll;
import static io.sellerbridge.reports.ReportFixtures.tsv;
import static io.sellerbridge.reports.ReportFormats.FBA_MYI_UNSUPPRESSED_INVENTORY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FbaInventoryReportReaderTest {

    /** Amazon's columns, in its order, with the EU "store" column at the end. */
    private static final String HEADER = cells("sku", "fnsku", "asin", "product-name", "condition", "your-price",
            "mfn-listing-exists", "mfn-fulfillable-quantity", "afn-listing-exists", "afn-warehouse-quantity",
            "afn-fulfillable-quantity", "afn-unsellable-quantity", "afn-reserved-quantity", "afn-total-quantity",
            "per-unit-volume", "afn-inbound-working-quantity", "afn-inbound-shipped-quantity",
            "afn-inbound-receiving-quantity", "afn-researching-quantity", "afn-reserved-future-supply",
            "afn-future-supply-buyable", "store");

    private static final String KAFFEE = cells("SBX-KAFFEE-1KG", "X002BZGZ01", "B07PGL2ZSL",
            "Kaffeebohnen „Röstmeister“ – Espresso, 1 kg", "New", "17.49", "No", "", "Yes", "57", "100", "3", "7",
            "283", "1.38", "5", "170", "2", "1", "0", "0", "");
    private static final String MATCHA = cells("SBX-MATCHA-100", "X002BZGZ02", "B09G9FPHY6",
            "宇治抹茶パウダー 100g（有機JAS認定）", "Used - Like New", "12.80", "Yes", "4", "Yes", "0", "0", "0", "0",
            "0", "0.12", "0", "0", "0", "0", "0", "0", "");

    @Test
    void givenTwoSkus_whenRead_thenOneInventoryLevelPerRowInTheInventoryApisVocabulary() {
        List<ReportEntry> entries = readAll(FBA_MYI_UNSUPPRESSED_INVENTORY, tsv("\n", List.of(HEADER, KAFFEE, MATCHA)));

        ReportEntry.Message first = assertInstanceOf(ReportEntry.Message.class, entries.get(0));
        assertEquals(1, first.firstRow());
        assertEquals(1, first.lastRow());
        assertEquals("A2SELLER:ATVPDKIKX0DER:SBX-KAFFEE-1KG", first.recordKey());
        assertEquals(new CanonicalInventory("A2SELLER", "ATVPDKIKX0DER", "SBX-KAFFEE-1KG", "B07PGL2ZSL", "X002BZGZ01",
                "NewItem", "Kaffeebohnen „Röstmeister“ – Espresso, 1 kg", 100, 5, 170, 2, 7, 1, 3, 283, null,
                "2026-11-02T10:15:30Z"), first.canonical());
        CanonicalInventory matcha = messages(entries, CanonicalInventory.class).get(1);
        assertEquals("UsedLikeNew", matcha.condition());
        assertEquals("宇治抹茶パウダー 100g（有機JAS認定）", matcha.productName());
        assertEquals(2, ((ReportEntry.Message) entries.get(1)).firstRow());
    }

    @Test
    void givenCrlfLineEndsAByteOrderMarkAndNoStoreColumn_whenRead_thenTheSameLevels() {
        String withoutStore = tsv("\r\n", List.of(HEADER, KAFFEE, MATCHA).stream()
                .map(line -> line.substring(0, line.lastIndexOf('\t'))).toList());

        assertEquals(readAll(FBA_MYI_UNSUPPRESSED_INVENTORY, tsv("\n", List.of(HEADER, KAFFEE, MATCHA))),
                readAll(FBA_MYI_UNSUPPRESSED_INVENTORY, "\uFEFF" + withoutStore));
    }

    @Test
    void givenBadRows_whenRead_thenEachIsABadRowWithItsNumberAndTheOtherSkusComeThrough() {
        String notANumber = KAFFEE.replace("\t100\t", "\tlots\t");
        String unknownCondition = MATCHA.replace("Used - Like New", "Slightly Haunted");
        String shortRow = KAFFEE.substring(0, KAFFEE.lastIndexOf('\t'));
        String noSku = "\t" + KAFFEE.substring(KAFFEE.indexOf('\t') + 1);

        List<ReportEntry> entries = readAll(FBA_MYI_UNSUPPRESSED_INVENTORY,
                tsv("\n", List.of(HEADER, KAFFEE, notANumber, unknownCondition, shortRow, noSku, MATCHA)));

        assertEquals(List.of("SBX-KAFFEE-1KG", "SBX-MATCHA-100"),
                messages(entries, CanonicalInventory.class).stream().map(CanonicalInventory::sellerSku).toList());
        List<ReportEntry.BadRow> bad = badRows(entries);
        assertEquals(List.of(2L, 3L, 4L, 5L), bad.stream().map(ReportEntry.BadRow::rowNumber).toList());
        assertTrue(bad.get(0).reason().contains("afn-fulfillable-quantity"), bad.get(0).reason());
        assertTrue(bad.get(1).reason().contains("Slightly Haunted"), bad.get(1).reason());
        assertTrue(bad.get(2).reason().contains("21 columns"), bad.get(2).reason());
        assertTrue(bad.get(3).reason().contains("sku"), bad.get(3).reason());
        assertEquals(notANumber, bad.get(0).raw());
    }

    @Test
    void givenAMissingRequiredColumn_whenOpened_thenTheWholeReportFailsNamingIt() {
        String header = HEADER.replace("afn-reserved-quantity", "afn-reserved-qty");

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> readAll(FBA_MYI_UNSUPPRESSED_INVENTORY, tsv("\n", List.of(header, KAFFEE))));

        assertTrue(e.getMessage().contains("[afn-reserved-quantity]"), e.getMessage());
    }

    @Test
    void givenADownloadCutOffMidStream_whenRead_thenTheRowsBeforeTheBreakComeAndThenAnUncheckedIOException() {
        List<String> lines = new ArrayList<>(List.of(HEADER));
        for (int i = 0; i < 3_000; i++) {
            lines.add(KAFFEE.replace("SBX-KAFFEE-1KG", "SKU-" + i).replace("\t283\t", "\t" + (i * 37 % 1000) + "\t"));
        }
        Reader cut = ReportFixtures.truncatedGzip(tsv("\n", lines));

        List<ReportEntry> before = new ArrayList<>();
        ReportReader reader = ReportFormats.forReportType(FBA_MYI_UNSUPPRESSED_INVENTORY)
                .open(cut, ReportFixtures.INVENTORY);
        assertThrows(UncheckedIOException.class, () -> reader.forEachRemaining(before::add));

        assertFalse(before.isEmpty());
        assertTrue(before.size() < 3_000);
        assertEquals(before.size(), reader.rowsRead());
    }
}
