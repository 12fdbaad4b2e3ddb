package io.sellerbridge.testing;

/** Test teardown: closes what a test started, in the order given, skipping what it never started. */
public final class Closing {

    private Closing() {
    }

    public static void closeAll(AutoCloseable... resources) throws Exception {
        for (AutoCloseable r : resources) {
            if (r != null) {
                r.close();
            }
        }
    }
}
