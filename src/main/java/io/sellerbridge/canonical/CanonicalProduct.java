package io.sellerbridge.canonical;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * A catalog item as published on {@code amazon.products.v1}: what Amazon's Catalog Items API 2022-04-01 says about
 * one ASIN in one marketplace, for one seller. Documented by {@code schemas/amazon.products.v1.schema.json}.
 * {@code attributes} are Amazon's product-type attributes as Amazon sent them: their shape depends on the product
 * type, so they are passed on rather than guessed at.
 */
public record CanonicalProduct(
        String sellerId,
        String marketplaceId,
        String asin,
        String itemName,
        String brand,
        String manufacturer,
        String modelNumber,
        String partNumber,
        String color,
        String size,
        String style,
        String itemClassification,
        Classification browseClassification,
        String websiteDisplayGroup,
        String websiteDisplayGroupName,
        Integer packageQuantity,
        String releaseDate,
        Boolean adultProduct,
        List<String> productTypes,
        List<Identifier> identifiers,
        List<Image> images,
        List<SalesRank> salesRanks,
        JsonNode attributes,
        String retrievedAt) implements CanonicalMessage {

    public record Classification(String classificationId, String displayName) {
    }

    /** An external identifier of the item (EAN, GTIN, UPC, ISBN, ...), as Amazon names the type. */
    public record Identifier(String identifierType, String identifier) {
    }

    public record Image(String variant, String link, Integer height, Integer width) {
    }

    /**
     * A rank in a browse classification ({@code classificationId} set) or in a website display group
     * ({@code websiteDisplayGroup} set).
     */
    public record SalesRank(String classificationId, String websiteDisplayGroup, String title, Integer rank,
                            String link) {
    }

    /** The Kafka record key: one product of one seller in one marketplace. */
    @Override
    public String recordKey() {
        return sellerId + ":" + marketplaceId + ":" + asin;
    }

    /** A product is re-read after a TTL; each reading is its own event. */
    @Override
    public String eventId() {
        return recordKey() + ":" + retrievedAt;
    }

    @Override
    public String eventTime() {
        return retrievedAt;
    }
}
