package dev.musicbot.testkit.voice;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A self-signed certificate (EC P-256, SAN {@code dns:localhost} and {@code ip:127.0.0.1}) made at start-up with
 * JDK APIs only, and the TLS contexts built on it: one for the voice server and one for clients that trust it.
 */
public final class TlsMaterial {
    private static final String ECDSA_WITH_SHA256 = "1.2.840.10045.4.3.2";
    private static final String COMMON_NAME = "2.5.4.3";
    private static final String SUBJECT_ALT_NAME = "2.5.29.17";
    private static final String BASIC_CONSTRAINTS = "2.5.29.19";
    private static final String ALIAS = "discord-simulator";
    private static final String PASSWORD = "changeit";

    private final KeyPair keyPair;
    private final X509Certificate certificate;
    private final SSLContext serverContext;
    private final SSLContext clientContext;

    private TlsMaterial(KeyPair keyPair, X509Certificate certificate) throws GeneralSecurityException {
        this.keyPair = keyPair;
        this.certificate = certificate;
        this.serverContext = buildServerContext();
        this.clientContext = buildClientContext();
    }

    /** Generates a fresh key pair and certificate valid from yesterday for ten years. */
    public static TlsMaterial generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair keyPair = generator.generateKeyPair();
            return new TlsMaterial(keyPair, selfSign(keyPair));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot generate the simulator's TLS certificate", e);
        }
    }

    /** The certificate. */
    public X509Certificate certificate() {
        return certificate;
    }

    /** A server context presenting the certificate. */
    public SSLContext serverContext() {
        return serverContext;
    }

    /** A client context that trusts the certificate (and nothing else). */
    public SSLContext clientContext() {
        return clientContext;
    }

    /** A PKCS12 trust store containing only the certificate. */
    public KeyStore trustStore() {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setCertificateEntry(ALIAS, certificate);
            return store;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes {@link #trustStore()} to a new file in {@code directory}. */
    public TrustStoreFile writeTrustStore(Path directory) {
        Path file = directory.resolve("voice-truststore.p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            trustStore().store(out, PASSWORD.toCharArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        return new TrustStoreFile(file, PASSWORD, "PKCS12");
    }

    private SSLContext buildServerContext() throws GeneralSecurityException {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(ALIAS, keyPair.getPrivate(), PASSWORD.toCharArray(), new Certificate[] {certificate});
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, PASSWORD.toCharArray());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SSLContext buildClientContext() throws GeneralSecurityException {
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trustStore());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    private static X509Certificate selfSign(KeyPair keyPair) throws GeneralSecurityException {
        byte[] algorithm = Der.sequence(Der.oid(ECDSA_WITH_SHA256));
        byte[] name = Der.sequence(Der.set(Der.sequence(Der.oid(COMMON_NAME), Der.utf8("localhost"))));
        Instant now = Instant.now();
        byte[] tbs = Der.sequence(
                Der.explicit(0, Der.integer(BigInteger.TWO)),
                Der.integer(new BigInteger(63, new SecureRandom()).add(BigInteger.ONE)),
                algorithm,
                name,
                Der.sequence(Der.utcTime(now.minus(Duration.ofDays(1))), Der.utcTime(now.plus(Duration.ofDays(3650)))),
                name,
                keyPair.getPublic().getEncoded(),
                Der.explicit(3, Der.sequence(subjectAltNames(), basicConstraints())));
        Signature signer = Signature.getInstance("SHA256withECDSA");
        signer.initSign(keyPair.getPrivate());
        signer.update(tbs);
        byte[] der = Der.sequence(tbs, algorithm, Der.bitString(signer.sign()));
        return (X509Certificate)
                CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
    }

    private static byte[] subjectAltNames() {
        byte[] names = Der.sequence(
                Der.tlv(0x82, "localhost".getBytes(StandardCharsets.US_ASCII)),
                Der.tlv(0x87, new byte[] {127, 0, 0, 1}));
        return Der.sequence(Der.oid(SUBJECT_ALT_NAME), Der.octetString(names));
    }

    private static byte[] basicConstraints() {
        return Der.sequence(Der.oid(BASIC_CONSTRAINTS), Der.bool(true), Der.octetString(Der.sequence()));
    }
}
