package io.sellerbridge.reports;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class TsvDocumentTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "a\tb\tc", "\t", "\t\t", "a\t\tc", "a\tb\t", "\ta", "a\tb\tc\td\te\tf\tg", " a \t b "})
    void givenALine_whenSplit_thenTheCellsAreThoseOfSplitOnTabsWithEmptyAndTrailingCells(String line) {
        for (int columns : new int[] {1, 3, 5}) {
            assertArrayEquals(line.split("\t", -1), TsvDocument.cells(line, columns), line + " with " + columns + " columns");
        }
    }
}
