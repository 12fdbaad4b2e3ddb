package io.sellerbridge.reports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The header row of a tab-separated report: cells are found by column name, so extra, new or reordered columns
 * (Amazon adds some per region and over the years) change nothing.
 */
final class TsvHeader {

    private final Map<String, Integer> indexByName = new HashMap<>();
    private final int columns;

    TsvHeader(String[] names) {
        this.columns = names.length;
        for (int i = 0; i < names.length; i++) {
            // interned: the readers look cells up by literal names, found then by identity, not by comparing text
            indexByName.putIfAbsent(names[i].trim().intern(), i);
        }
    }

    int columns() {
        return columns;
    }

    /** Fails the whole report: without these columns no row can be read. */
    void require(String reportType, List<String> required) {
        List<String> missing = required.stream().filter(name -> !indexByName.containsKey(name)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException(reportType + " header lacks required column(s) " + missing
                    + "; it has " + indexByName.keySet());
        }
    }

    /** The cell of a column, or null when the column is absent or the cell is empty (absent is absent, not ""). */
    String cell(TsvLine line, String name) {
        Integer index = indexByName.get(name);
        if (index == null || index >= line.cells().length) {
            return null;
        }
        String value = line.cells()[index];
        return value.isEmpty() ? null : value;
    }
}
