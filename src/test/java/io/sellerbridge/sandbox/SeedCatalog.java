package io.sellerbridge.sandbox;

import java.math.BigDecimal;
import java.util.List;

/** Products the seeder sells. Titles deliberately mix umlauts, Japanese, accents and emoji. */
final class SeedCatalog {

    record Product(String asin, String sellerSku, String title, BigDecimal usdPrice) {
    }

    static final List<Product> PRODUCTS = List.of(
            new Product("B00551Q3CS", "SBX-CARD-BOOK", "Card Book – 120 Pockets", new BigDecimal("10.00")),
            new Product("B07PGL2ZSL", "SBX-KAFFEE-1KG", "Kaffeebohnen „Röstmeister“ – Espresso, 1 kg", new BigDecimal("17.49")),
            new Product("B08N5WRWNW", "SBX-KESSEL-17", "Wasserkocher Edelstahl 1,7 L – Größe M, weiß", new BigDecimal("29.99")),
            new Product("B09G9FPHY6", "SBX-MATCHA-100", "宇治抹茶パウダー 100g（有機JAS認定）", new BigDecimal("12.80")),
            new Product("B0BSHF7WHW", "SBX-CASE-CLR", "Phone Case 📱 Crystal Clear, shock-proof", new BigDecimal("8.99")),
            new Product("B01N5IB20Q", "SBX-TORCH-01", "Crème brûlée torch 🔥 with fuel gauge", new BigDecimal("24.95")),
            new Product("B07XJ8C8F5", "SBX-USB-C-2M", "USB-C cable 2 m, 100 W (2-pack)", new BigDecimal("11.99")),
            new Product("B0C1H26C46", "SBX-NOTE-A5", "Notebook A5 dotted — 160 pages", new BigDecimal("14.50")),
            new Product("B0B7RSV894", "SBX-TEA-SET", "急須 湯呑み セット 🍵 常滑焼", new BigDecimal("45.00")),
            new Product("B07FZ8S74R", "SBX-ECHO-DOT", "Echo Dot (3rd Gen) – Smart speaker, charcoal", new BigDecimal("39.99")),
            new Product("B00FLYWNYQ", "SBX-POT-6QT", "Instant Pot Duo 7-in-1, 6 Quart", new BigDecimal("89.00")),
            new Product("B0CHX3QBCH", "SBX-SOCKS-5", "Wollsocken 5er-Pack, Größe 43–46 🧦", new BigDecimal("19.95")),
            new Product("B08L5TNJHG", "SBX-LEGO-CLS", "Classic brick box — 790 pieces", new BigDecimal("49.99")),
            new Product("B0BDHWDR12", "SBX-HEADPH-NC", "Noise-cancelling headphones «Über»", new BigDecimal("129.00")),
            new Product("B09B8V1LZ3", "SBX-BOOK-JP", "吾輩は猫である（新潮文庫）", new BigDecimal("6.40")),
            new Product("B07H65KP63", "SBX-DESK-LAMP", "LED desk lamp, dimmable ★ 5 colour modes", new BigDecimal("27.99")));

    /**
     * Never drawn at random: the seeder puts it on the last line of every large order, so every data set
     * has XML markup characters (&amp; &lt; &gt; ") in a SKU and a title. Kept out of {@link #PRODUCTS} because
     * a bigger list would change every random draw, and with it every other seeded value.
     */
    static final Product MARKUP = new Product("B0SBXMILL2", "SBX-SALT&PEPPER",
            "Salt & Pepper mill set <2 pcs> \"Duo\" – oak", new BigDecimal("21.50"));

    private SeedCatalog() {
    }
}
