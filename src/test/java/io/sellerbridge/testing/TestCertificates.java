package io.sellerbridge.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A certificate authority made for one test run with the JDK's keytool, and PKCS12 stores signed by it: a broker's
 * (for localhost and 127.0.0.1), a client's (mutual TLS) and the truststore holding the CA. Nothing is reused across
 * runs and nothing is committed.
 */
public final class TestCertificates {

    private final Path dir;
    private final String password = "pw-" + UUID.randomUUID();
    private final String caName;

    private TestCertificates(Path dir, String caName) {
        this.dir = dir;
        this.caName = caName;
    }

    /** A new CA, called {@code name}, in a directory of its own. */
    public static TestCertificates authority(String name) {
        try {
            TestCertificates ca = new TestCertificates(Files.createTempDirectory("test-ca-"), name);
            ca.keytool("-genkeypair", "-alias", "ca", "-dname", "CN=" + name, "-ext", "bc:c", "-keyalg", "RSA",
                    "-keysize", "2048", "-validity", "2", "-keystore", ca.file("ca.p12"));
            ca.keytool("-exportcert", "-rfc", "-alias", "ca", "-keystore", ca.file("ca.p12"), "-file", ca.file("ca.pem"));
            ca.keytool("-importcert", "-noprompt", "-alias", "ca", "-file", ca.file("ca.pem"), "-keystore",
                    ca.file("truststore.p12"));
            return ca;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PKCS12 store holding only this CA's certificate. */
    public Path truststore() {
        return dir.resolve("truststore.p12");
    }

    /** One password for every store of this CA (a test's, not a secret). */
    public String password() {
        return password;
    }

    /** A key and a certificate signed by this CA, for {@code commonName}, valid for localhost and 127.0.0.1. */
    public Path keystore(String commonName) {
        String name = commonName.replaceAll("[^a-zA-Z0-9]", "-");
        String store = file(name + ".p12");
        if (Files.exists(Path.of(store))) {
            return Path.of(store);
        }
        String san = "SAN=dns:localhost,ip:127.0.0.1";
        keytool("-genkeypair", "-alias", name, "-dname", "CN=" + commonName, "-ext", san, "-keyalg", "RSA",
                "-keysize", "2048", "-validity", "2", "-keystore", store);
        keytool("-certreq", "-alias", name, "-keystore", store, "-file", file(name + ".csr"));
        keytool("-gencert", "-rfc", "-alias", "ca", "-keystore", file("ca.p12"), "-infile", file(name + ".csr"),
                "-outfile", file(name + ".pem"), "-ext", san, "-validity", "2");
        keytool("-importcert", "-noprompt", "-alias", "ca", "-file", file("ca.pem"), "-keystore", store);
        keytool("-importcert", "-noprompt", "-alias", name, "-file", file(name + ".pem"), "-keystore", store);
        return Path.of(store);
    }

    @Override
    public String toString() {
        return "test CA " + caName;
    }

    private String file(String name) {
        return dir.resolve(name).toString();
    }

    private void keytool(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        command.addAll(List.of(args));
        command.addAll(List.of("-storetype", "PKCS12", "-storepass", password));
        if (List.of(args).contains("-genkeypair")) {
            command.addAll(List.of("-keypass", password));
        }
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("keytool " + args[0] + " failed: " + out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
