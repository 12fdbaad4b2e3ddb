package io.sellerbridge.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Builds the Catalog Items 2022-04-01 {@code Item} of one {@link SeedCatalog} product with every data set
 * for every marketplace it is listed in. Hand-written facts (brand, product type, browse node) make each
 * item look like what it is; the rest is a pure function of (seed, ASIN), plus the marketplace for ranks.
 */
final class SeedCatalogItems {

    /** What a catalog page says about a product regardless of marketplace; null color/size = not applicable. */
    private record Facts(String brand, String productType, String browseNodeId, String browseNode,
                         String displayGroup, String displayGroupName, String color, String size, int packageQuantity) {
    }

    private static final Map<String, Facts> FACTS = Map.ofEntries(
            Map.entry("B00551Q3CS", new Facts("Pocketeer", "OFFICE_PRODUCTS", "1069102", "Binders",
                    "office_product_display_on_website", "Office Product", "Black", "120 Pockets", 1)),
            Map.entry("B07PGL2ZSL", new Facts("Röstmeister", "COFFEE", "16318031", "Coffee Beans",
                    "grocery_display_on_website", "Grocery", null, "1 kg", 1)),
            Map.entry("B08N5WRWNW", new Facts("Kesselwerk", "KITCHEN", "289746", "Electric Kettles",
                    "kitchen_display_on_website", "Kitchen", "Weiß", "1.7 L", 1)),
            Map.entry("B09G9FPHY6", new Facts("宇治茶房", "TEA", "16318401", "Matcha",
                    "grocery_display_on_website", "Grocery", null, "100 g", 1)),
            Map.entry("B0BSHF7WHW", new Facts("ClearGuard", "CELLULAR_PHONE_CASE", "2407760011", "Basic Cases",
                    "wireless_display_on_website", "Wireless", "Clear", null, 1)),
            Map.entry("B01N5IB20Q", new Facts("FlambéPro", "KITCHEN", "289754", "Kitchen Torches",
                    "kitchen_display_on_website", "Kitchen", "Silver", null, 1)),
            Map.entry("B07XJ8C8F5", new Facts("VoltLine", "ELECTRONIC_CABLE", "3015429011", "USB Cables",
                    "pc_display_on_website", "Personal Computer", "Black", "2 m", 2)),
            Map.entry("B0C1H26C46", new Facts("Punktraster", "NOTEBOOK", "1069554", "Notebooks",
                    "office_product_display_on_website", "Office Product", "Sage", "A5", 1)),
            Map.entry("B0B7RSV894", new Facts("常滑窯元", "KITCHEN", "13217911", "Tea Sets",
                    "kitchen_display_on_website", "Kitchen", "Brown", null, 1)),
            Map.entry("B07FZ8S74R", new Facts("Amazon", "SPEAKERS", "9818047011", "Smart Speakers",
                    "amazon_devices_display_on_website", "Amazon Devices", "Charcoal", null, 1)),
            Map.entry("B00FLYWNYQ", new Facts("Instant Pot", "ELECTRIC_PRESSURE_COOKER", "13838451", "Pressure Cookers",
                    "kitchen_display_on_website", "Kitchen", "Stainless Steel", "6 Quart", 1)),
            Map.entry("B0CHX3QBCH", new Facts("Wollwerk", "SOCKS", "1045706", "Socks",
                    "apparel_display_on_website", "Apparel", "Anthrazit", "43-46", 5)),
            Map.entry("B08L5TNJHG", new Facts("BrickBox", "TOY_BUILDING_BLOCK", "166092011", "Building Sets",
                    "toy_display_on_website", "Toy", "Multicolor", null, 1)),
            Map.entry("B0BDHWDR12", new Facts("Über Audio", "HEADPHONES", "12097479011", "Over-Ear Headphones",
                    "ce_display_on_website", "Electronics", "Black", null, 1)),
            Map.entry("B09B8V1LZ3", new Facts("新潮社", "ABIS_BOOK", "2292699051", "Literature",
                    "book_display_on_website", "Book", null, null, 1)),
            Map.entry("B07H65KP63", new Facts("Lumina", "LAMP", "1063292", "Desk Lamps",
                    "home_display_on_website", "Home", "White", null, 1)));

    /** The primary locale of each marketplace, which Amazon uses for language_tag when no locale is asked for. */
    private static final Map<String, String> LOCALES = Map.of("US", "en_US", "CA", "en_CA", "DE", "de_DE",
            "GB", "en_GB", "JP", "ja_JP");

    private static final List<String> IMAGE_VARIANTS = List.of("MAIN", "PT01", "PT02");
    private static final String IMAGE_ID_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-";

    private final long seed;
    private final IdSource ids = new IdSource();

    SeedCatalogItems(long seed) {
        this.seed = seed;
    }

    /** The full item: {@code asin} plus every data set, each with one entry per listed marketplace. */
    ObjectNode item(SeedCatalog.Product product, List<Marketplace> listedIn) {
        Facts facts = FACTS.get(product.asin());
        if (facts == null) {
            throw new IllegalStateException("no catalog facts for " + product.asin());
        }
        SplittableRandom rnd = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + product.asin().hashCode());
        String modelNumber = initials(facts.brand()) + "-" + ids.digits(rnd, 4);
        String upc = withCheckDigit(ids.digits(rnd, 11));
        LocalDate releaseDate = LocalDate.of(2015, 1, 1).plusDays(rnd.nextInt(9 * 365));
        String classificationParentId = ids.digits(rnd, 6);
        List<String> imageIds = new ArrayList<>();
        for (int i = 0; i < 2 * IMAGE_VARIANTS.size(); i++) {
            imageIds.add(imageId(rnd));
        }
        int[] itemCm = {5 + rnd.nextInt(40), 5 + rnd.nextInt(40), 1 + rnd.nextInt(30)};
        int grams = 50 + rnd.nextInt(5000);

        ObjectNode item = Json.object();
        item.put("asin", product.asin());
        ObjectNode attributes = item.putObject("attributes");
        ArrayNode classifications = item.putArray("classifications");
        ArrayNode dimensions = item.putArray("dimensions");
        ArrayNode identifiers = item.putArray("identifiers");
        ArrayNode images = item.putArray("images");
        ArrayNode productTypes = item.putArray("productTypes");
        ArrayNode relationships = item.putArray("relationships");
        ArrayNode salesRanks = item.putArray("salesRanks");
        ArrayNode summaries = item.putArray("summaries");
        for (Marketplace m : listedIn) {
            String locale = LOCALES.get(m.countryCode());
            addAttributes(attributes, product, facts, modelNumber, m, locale);
            ObjectNode classification = classifications.addObject().put("marketplaceId", m.id())
                    .putArray("classifications").addObject();
            classification.put("displayName", facts.browseNode()).put("classificationId", facts.browseNodeId());
            classification.putObject("parent").put("displayName", facts.displayGroupName())
                    .put("classificationId", classificationParentId);
            addDimensions(dimensions.addObject(), m, itemCm, grams);
            ArrayNode codes = identifiers.addObject().put("marketplaceId", m.id()).putArray("identifiers");
            codes.addObject().put("identifierType", "EAN").put("identifier", "0" + upc);
            codes.addObject().put("identifierType", "GTIN").put("identifier", "00" + upc);
            codes.addObject().put("identifierType", "UPC").put("identifier", upc);
            addImages(images.addObject().put("marketplaceId", m.id()).putArray("images"), imageIds);
            productTypes.addObject().put("marketplaceId", m.id()).put("productType", facts.productType());
            relationships.addObject().put("marketplaceId", m.id()).putArray("relationships"); // standalone items
            addSalesRanks(salesRanks.addObject().put("marketplaceId", m.id()), facts, m, rnd);
            summaries.add(summary(product, facts, m, modelNumber, releaseDate));
        }
        return item;
    }

    private static ObjectNode summary(SeedCatalog.Product product, Facts facts, Marketplace m, String modelNumber,
                                      LocalDate releaseDate) {
        ObjectNode s = Json.object();
        s.put("marketplaceId", m.id());
        s.put("adultProduct", false);
        s.put("autographed", false);
        s.put("brand", facts.brand());
        s.putObject("browseClassification").put("displayName", facts.browseNode())
                .put("classificationId", facts.browseNodeId());
        if (facts.color() != null) {
            s.put("color", facts.color());
        }
        s.put("itemClassification", "BASE_PRODUCT");
        s.put("itemName", product.title());
        s.put("manufacturer", facts.brand());
        s.put("memorabilia", false);
        s.put("modelNumber", modelNumber);
        s.put("packageQuantity", facts.packageQuantity());
        s.put("partNumber", product.sellerSku());
        s.put("releaseDate", releaseDate.toString());
        if (facts.size() != null) {
            s.put("size", facts.size());
        }
        s.put("tradeInEligible", false);
        s.put("websiteDisplayGroup", facts.displayGroup());
        s.put("websiteDisplayGroupName", facts.displayGroupName());
        return s;
    }

    /** Attribute values carry their marketplace (and language), so one array serves every marketplace. */
    private static void addAttributes(ObjectNode attributes, SeedCatalog.Product product, Facts facts,
                                      String modelNumber, Marketplace m, String locale) {
        localized(attributes, "item_name", product.title(), m, locale);
        localized(attributes, "brand", facts.brand(), m, locale);
        localized(attributes, "manufacturer", facts.brand(), m, locale);
        if (facts.color() != null) {
            localized(attributes, "color", facts.color(), m, locale);
        }
        values(attributes, "model_number").addObject().put("value", modelNumber).put("marketplace_id", m.id());
        values(attributes, "part_number").addObject().put("value", product.sellerSku()).put("marketplace_id", m.id());
        values(attributes, "item_package_quantity").addObject().put("value", facts.packageQuantity())
                .put("marketplace_id", m.id());
        BigDecimal price = product.usdPrice().multiply(m.usdRate()).setScale(m.currencyScale(), RoundingMode.HALF_UP);
        values(attributes, "list_price").addObject().put("currency", m.currency()).put("value", price)
                .put("marketplace_id", m.id());
    }

    private static void localized(ObjectNode attributes, String name, String value, Marketplace m, String locale) {
        values(attributes, name).addObject().put("language_tag", locale).put("value", value)
                .put("marketplace_id", m.id());
    }

    private static ArrayNode values(ObjectNode attributes, String name) {
        return attributes.has(name) ? (ArrayNode) attributes.get(name) : attributes.putArray(name);
    }

    /** Amazon.com speaks inches and pounds, the other marketplaces centimetres and kilograms. */
    private static void addDimensions(ObjectNode byMarketplace, Marketplace m, int[] itemCm, int grams) {
        byMarketplace.put("marketplaceId", m.id());
        boolean imperial = "US".equals(m.countryCode());
        measure(byMarketplace.putObject("item"), itemCm, grams, 0, imperial);
        measure(byMarketplace.putObject("package"), itemCm, grams + 120, 2, imperial);
    }

    private static void measure(ObjectNode dims, int[] cm, int grams, int paddingCm, boolean imperial) {
        String lengthUnit = imperial ? "inches" : "centimeters";
        dims.putObject("height").put("unit", lengthUnit).put("value", length(cm[0] + paddingCm, imperial));
        dims.putObject("length").put("unit", lengthUnit).put("value", length(cm[1] + paddingCm, imperial));
        dims.putObject("weight").put("unit", imperial ? "pounds" : "kilograms")
                .put("value", imperial ? round(grams / 453.59237) : round(grams / 1000.0));
        dims.putObject("width").put("unit", lengthUnit).put("value", length(cm[2] + paddingCm, imperial));
    }

    private static BigDecimal length(int cm, boolean imperial) {
        return imperial ? round(cm / 2.54) : BigDecimal.valueOf(cm);
    }

    private static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    /** Two images per variant, as Amazon lists them: the large original and a 500 px rendition. */
    private static void addImages(ArrayNode images, List<String> imageIds) {
        for (int i = 0; i < IMAGE_VARIANTS.size(); i++) {
            image(images, IMAGE_VARIANTS.get(i), imageIds.get(2 * i), 1500);
            image(images, IMAGE_VARIANTS.get(i), imageIds.get(2 * i + 1), 500);
        }
    }

    private static void image(ArrayNode images, String variant, String imageId, int pixels) {
        images.addObject().put("variant", variant).put("link", "https://m.media-amazon.com/images/I/" + imageId + ".jpg")
                .put("height", pixels).put("width", pixels);
    }

    private static void addSalesRanks(ObjectNode byMarketplace, Facts facts, Marketplace m, SplittableRandom rnd) {
        String site = "https://www." + m.salesChannel().toLowerCase(Locale.ROOT);
        String group = facts.displayGroup().replace("_display_on_website", "");
        byMarketplace.putArray("classificationRanks").addObject()
                .put("classificationId", facts.browseNodeId())
                .put("title", facts.browseNode())
                .put("link", site + "/gp/bestsellers/" + group + "/" + facts.browseNodeId())
                .put("rank", 1 + rnd.nextInt(500));
        byMarketplace.putArray("displayGroupRanks").addObject()
                .put("websiteDisplayGroup", facts.displayGroup())
                .put("title", facts.displayGroupName())
                .put("link", site + "/gp/bestsellers/" + group)
                .put("rank", 500 + rnd.nextInt(200_000));
    }

    private static String imageId(SplittableRandom rnd) {
        StringBuilder sb = new StringBuilder("61");
        for (int i = 0; i < 8; i++) {
            sb.append(IMAGE_ID_CHARS.charAt(rnd.nextInt(IMAGE_ID_CHARS.length())));
        }
        return sb.append('L').toString();
    }

    private static String initials(String brand) {
        StringBuilder sb = new StringBuilder();
        for (String word : brand.split(" ")) {
            char c = Character.toUpperCase(word.charAt(0));
            sb.append(c < 128 ? c : 'X'); // model numbers are ASCII even for Japanese brands
        }
        return sb.length() < 2 ? sb.append('B').toString() : sb.toString();
    }

    /** GS1 check digit: the 12-digit UPC-A that EAN-13 and GTIN-14 pad with leading zeros. */
    private static String withCheckDigit(String elevenDigits) {
        int sum = 0;
        for (int i = 0; i < elevenDigits.length(); i++) {
            int d = elevenDigits.charAt(i) - '0';
            sum += i % 2 == 0 ? 3 * d : d;
        }
        return elevenDigits + (10 - sum % 10) % 10;
    }
}
