package io.sellerbridge.catalog;

import io.sellerbridge.canonical.AmazonEnums;
import io.sellerbridge.canonical.CanonicalProduct;
import io.sellerbridge.canonical.MappingException;
import io.sellerbridge.canonical.Values;
import io.sellerbridge.spapi.LocatedJson;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A Catalog Items API 2022-04-01 {@code Item} (getCatalogItem's body) to the canonical product of one marketplace.
 * Every data set of an item is a list with one entry per marketplace; only the entries of the product's marketplace
 * are read. {@code attributes} are passed on as Amazon sent them: their shape depends on the product type.
 */
public class SpApiCatalogMapper {

    /** {@code ItemSummaryByMarketplace.itemClassification} in catalogItems_2022-04-01.json. */
    static final Set<String> ITEM_CLASSIFICATION = Set.of("BASE_PRODUCT", "OTHER", "PRODUCT_BUNDLE",
            "VARIATION_PARENT");

    public CanonicalProduct toCanonical(String sellerId, String marketplaceId, JsonNode item, Instant retrievedAt) {
        LocatedJson i = new LocatedJson(item, "Item");
        String asin = i.fields().required("asin");
        Summary s = summary(of(i, "summaries", marketplaceId));
        return new CanonicalProduct(
                sellerId,
                marketplaceId,
                asin,
                s.text("itemName"),
                s.text("brand"),
                s.text("manufacturer"),
                s.text("modelNumber"),
                s.text("partNumber"),
                s.text("color"),
                s.text("size"),
                s.text("style"),
                s.itemClassification(),
                s.browseClassification(),
                s.text("websiteDisplayGroup"),
                s.text("websiteDisplayGroupName"),
                s.packageQuantity(),
                s.releaseDate(),
                s.adultProduct(),
                nullIfEmpty(map(of(i, "productTypes", marketplaceId), p -> p.fields().required("productType"))),
                nullIfEmpty(flatMap(of(i, "identifiers", marketplaceId), "identifiers", id ->
                        new CanonicalProduct.Identifier(id.fields().required("identifierType"),
                                id.fields().required("identifier")))),
                nullIfEmpty(flatMap(of(i, "images", marketplaceId), "images", img ->
                        new CanonicalProduct.Image(img.fields().text("variant"), img.fields().required("link"),
                                img.count("height"), img.count("width")))),
                nullIfEmpty(salesRanks(of(i, "salesRanks", marketplaceId))),
                attributes(item),
                Values.utc("retrievedAt", retrievedAt.toString()));
    }

    /** The summary of the marketplace; an item without one maps with every summary field absent. */
    private static Summary summary(List<LocatedJson> summaries) {
        return new Summary(summaries.isEmpty() ? null : summaries.get(0));
    }

    private record Summary(LocatedJson json) {

        String text(String field) {
            return json == null ? null : json.fields().text(field);
        }

        String itemClassification() {
            return AmazonEnums.checked(json == null ? "itemClassification" : json.path() + ".itemClassification",
                    text("itemClassification"), ITEM_CLASSIFICATION);
        }

        CanonicalProduct.Classification browseClassification() {
            LocatedJson c = json == null ? null : json.object("browseClassification");
            return c == null ? null
                    : new CanonicalProduct.Classification(c.fields().required("classificationId"),
                            c.fields().text("displayName"));
        }

        Integer packageQuantity() {
            return json == null ? null : json.count("packageQuantity");
        }

        /** A calendar date ("2019-03-21"); the model says format date. */
        String releaseDate() {
            String value = text("releaseDate");
            if (value == null) {
                return null;
            }
            try {
                return LocalDate.parse(value.trim()).toString();
            } catch (DateTimeException e) {
                throw new MappingException(json.path() + ".releaseDate is not an ISO-8601 date: '" + value + "'", e);
            }
        }

        Boolean adultProduct() {
            return json == null ? null : json.fields().bool("adultProduct");
        }
    }

    private static JsonNode attributes(JsonNode item) {
        JsonNode attributes = item.get("attributes");
        if (attributes == null || attributes.isNull()) {
            return null;
        }
        if (!attributes.isObject()) {
            throw new MappingException("Item.attributes is not a JSON object");
        }
        return attributes.deepCopy();
    }

    /** Ranks by browse classification first, then by website display group, as Amazon lists them. */
    private static List<CanonicalProduct.SalesRank> salesRanks(List<LocatedJson> byMarketplace) {
        List<CanonicalProduct.SalesRank> ranks = new ArrayList<>();
        for (LocatedJson m : byMarketplace) {
            ranks.addAll(map(m.objects("classificationRanks"), r -> new CanonicalProduct.SalesRank(
                    r.fields().required("classificationId"), null, r.fields().text("title"), r.count("rank"),
                    r.fields().text("link"))));
            ranks.addAll(map(m.objects("displayGroupRanks"), r -> new CanonicalProduct.SalesRank(
                    null, r.fields().required("websiteDisplayGroup"), r.fields().text("title"), r.count("rank"),
                    r.fields().text("link"))));
        }
        return ranks;
    }

    /** The entries of one data set that belong to the marketplace (normally exactly one). */
    private static List<LocatedJson> of(LocatedJson item, String dataSet, String marketplaceId) {
        List<LocatedJson> matching = new ArrayList<>();
        for (LocatedJson byMarketplace : item.objects(dataSet)) {
            if (marketplaceId.equals(byMarketplace.fields().text("marketplaceId"))) {
                matching.add(byMarketplace);
            }
        }
        return matching;
    }

    private static <T> List<T> flatMap(List<LocatedJson> byMarketplace, String listField,
                                       Function<LocatedJson, T> mapping) {
        List<T> out = new ArrayList<>();
        byMarketplace.forEach(m -> out.addAll(map(m.objects(listField), mapping)));
        return out;
    }

    private static <T> List<T> map(List<LocatedJson> objects, Function<LocatedJson, T> mapping) {
        List<T> out = new ArrayList<>();
        objects.forEach(o -> out.add(mapping.apply(o)));
        return out;
    }

    private static <T> List<T> nullIfEmpty(List<T> list) {
        return list.isEmpty() ? null : List.copyOf(list);
    }
}
