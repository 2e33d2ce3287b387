package dev.musicbot.runtime.discord;

import dev.musicbot.runtime.config.Secret;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.jspecify.annotations.Nullable;

/**
 * The TLS trust for Discord's voice and gateway WebSockets: the JVM's default, or a PKCS12 trust store from
 * configuration (for a REST/gateway proxy with its own certificate, or for the test simulator).
 */
final class VoiceTrust {
    private VoiceTrust() {}

    static SSLContext fromTrustStore(Path trustStore, @Nullable Secret password) {
        char[] pass = password == null ? new char[0] : password.reveal().toCharArray();
        try (InputStream in = Files.newInputStream(trustStore)) {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(in, pass);
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(keys);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(
                    "cannot read the voice trust store " + trustStore + ": " + e.getMessage(), e);
        }
    }
}
