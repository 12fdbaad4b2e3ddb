package io.sellerbridge.sandbox;

import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a sandbox by hand: {@code SandboxMain [port] [timeScale]} (defaults 8089 and 1). Serves both
 * seeded sellers over SP-API and MWS and blocks until the JVM is killed.
 */
public final class SandboxMain {

    private SandboxMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8089;
        double timeScale = args.length > 1 ? Double.parseDouble(args[1]) : 1.0;
        SandboxOptions options = SandboxOptions.defaults().port(port).timeScale(timeScale)
                .sellers(List.of(SandboxSeller.DEFAULT, SandboxSeller.SECOND));
        AmazonSandbox sandbox = AmazonSandbox.start(options);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println(sandbox.stats().summary());
            sandbox.close();
        }, "amazon-sandbox-shutdown"));

        System.out.println("Amazon sandbox listening on " + sandbox.baseUrl() + " (timeScale " + timeScale + ")");
        System.out.println("  LWA token URL : " + sandbox.tokenUrl());
        System.out.println("  SP-API base   : " + sandbox.baseUrl() + "/orders/v0/orders");
        System.out.println("  MWS Orders    : POST " + sandbox.mwsUrl() + MwsEndpoint.PATH);
        for (SandboxSeller s : options.sellers()) {
            System.out.println("  seller " + s.sellerId() + " marketplaces=" + s.marketplaceIds());
            System.out.println("    client_id     = " + s.clientId());
            System.out.println("    client_secret = " + s.clientSecret());
            System.out.println("    refresh_token = " + s.refreshToken());
            System.out.println("    MWS key       = " + s.mwsAccessKeyId() + " / " + s.mwsSecretKey()
                    + (s.mwsAuthToken() == null ? "" : ", MWSAuthToken " + s.mwsAuthToken()));
            System.out.println("    orders        = " + sandbox.data().orders(s.sellerId()).size()
                    + ", items = " + sandbox.data().totalItems(s.sellerId()));
        }
        new CountDownLatch(1).await(); // until killed
    }
}
