package com.seventargets.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A self-signed certificate for {@code 127.0.0.1}, valid for two days, in a PKCS12 key store of its own: to serve the
 * simulator over HTTPS ({@link SevenTargetsSimulator.Builder#https(SSLContext)} with {@link #serverContext()}) and to
 * trust it from the client under test ({@link #keyStore()} and {@link #password()}, or {@link #clientContext()}).
 * The JDK has no API that makes a certificate: its {@code keytool} does.
 */
public final class SelfSignedCertificate {

    private static final String PASSWORD = "changeit";

    private final Path keyStore;

    private SelfSignedCertificate(Path keyStore) {
        this.keyStore = keyStore;
    }

    /** Makes a new certificate in a temporary file, deleted when the JVM exits. */
    public static SelfSignedCertificate create() {
        try {
            Path file = Files.createTempDirectory("seventargets-tls").resolve("simulator.p12");
            Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                    "-genkeypair", "-alias", "simulator", "-keyalg", "EC", "-groupname", "secp256r1",
                    "-dname", "CN=127.0.0.1", "-ext", "san=ip:127.0.0.1", "-validity", "2",
                    "-storetype", "PKCS12", "-keystore", file.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD)
                    .redirectErrorStream(true).start();
            String output = new String(keytool.getInputStream().readAllBytes());
            if (!keytool.waitFor(30, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
                throw new IllegalStateException("keytool failed: " + output);
            }
            file.toFile().deleteOnExit();
            file.getParent().toFile().deleteOnExit();
            return new SelfSignedCertificate(file);
        } catch (IOException e) {
            throw new IllegalStateException("keytool could not be run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while keytool ran", e);
        }
    }

    /** The PKCS12 key store that holds the key and the certificate. */
    public Path keyStore() {
        return keyStore;
    }

    /** The key store's password, also the key's. */
    public String password() {
        return PASSWORD;
    }

    /** A TLS context that serves this certificate. */
    public SSLContext serverContext() {
        return context(true);
    }

    /** A TLS context that trusts this certificate only. */
    public SSLContext clientContext() {
        return context(false);
    }

    private SSLContext context(boolean serving) {
        try (InputStream in = Files.newInputStream(keyStore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, PASSWORD.toCharArray());
            SSLContext context = SSLContext.getInstance("TLS");
            if (serving) {
                KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                keys.init(store, PASSWORD.toCharArray());
                context.init(keys.getKeyManagers(), null, null);
            } else {
                TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                trust.init(store);
                context.init(null, trust.getTrustManagers(), null);
            }
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("the key store " + keyStore + " cannot be read", e);
        }
    }
}
