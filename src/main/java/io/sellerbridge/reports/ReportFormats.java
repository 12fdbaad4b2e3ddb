package io.sellerbridge.reports;

import java.util.Map;
import java.util.TreeMap;

/** The report types the bundle reads, by Amazon's reportType name. */
public final class ReportFormats {

    public static final String FLAT_FILE_ALL_ORDERS = "GET_FLAT_FILE_ALL_ORDERS_DATA_BY_LAST_UPDATE_GENERAL";
    public static final String XML_ALL_ORDERS = "GET_XML_ALL_ORDERS_DATA_BY_LAST_UPDATE_GENERAL";
    public static final String FBA_MYI_UNSUPPRESSED_INVENTORY = "GET_FBA_MYI_UNSUPPRESSED_INVENTORY_DATA";

    private static final Map<String, ReportFormat> BY_TYPE = new TreeMap<>(Map.of(
            FLAT_FILE_ALL_ORDERS, FlatFileOrdersReader::new,
            XML_ALL_ORDERS, AllOrdersXmlReader::new,
            FBA_MYI_UNSUPPRESSED_INVENTORY, FbaInventoryReader::new));

    private ReportFormats() {
    }

    /** The reader of a report type; an unsupported type is a configuration error naming the supported ones. */
    public static ReportFormat forReportType(String reportType) {
        ReportFormat format = BY_TYPE.get(reportType);
        if (format == null) {
            throw new IllegalArgumentException("unsupported reportType '" + reportType + "'; supported: "
                    + BY_TYPE.keySet());
        }
        return format;
    }
}
