package dev.musicbot.testkit.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TlsMaterialTest {
    private final TlsMaterial tls = TlsMaterial.generate();

    @Test
    void certificateNamesLocalhostAndLoopback() throws Exception {
        assertThat(tls.certificate().getSubjectX500Principal().getName()).isEqualTo("CN=localhost");
        assertThat(tls.certificate().getSubjectAlternativeNames())
                .containsExactlyInAnyOrder(List.of(2, "localhost"), List.of(7, "127.0.0.1"));
        tls.certificate().checkValidity();
        tls.certificate().verify(tls.certificate().getPublicKey());
    }

    @Test
    void clientContextTrustsTheServerWithHostnameVerification() throws Exception {
        List<String> hosts = List.of("localhost", "127.0.0.1");
        try (SSLServerSocket server = (SSLServerSocket) tls.serverContext()
                .getServerSocketFactory()
                .createServerSocket(0, hosts.size(), InetAddress.getLoopbackAddress())) {
            Thread.ofVirtual().start(() -> {
                for (int i = 0; i < hosts.size(); i++) {
                    try (var socket = server.accept();
                            OutputStream out = socket.getOutputStream()) {
                        out.write(42);
                    } catch (Exception e) {
                        // the client side reports failures
                    }
                }
            });
            for (String host : hosts) {
                try (SSLSocket client =
                        (SSLSocket) tls.clientContext().getSocketFactory().createSocket(host, server.getLocalPort())) {
                    SSLParameters parameters = client.getSSLParameters();
                    parameters.setEndpointIdentificationAlgorithm("HTTPS");
                    client.setSSLParameters(parameters);
                    client.startHandshake();
                    try (InputStream in = client.getInputStream()) {
                        assertThat(in.read()).isEqualTo(42);
                    }
                }
            }
        }
    }

    @Test
    void writesAPkcs12TrustStore(@TempDir Path dir) throws Exception {
        TrustStoreFile file = tls.writeTrustStore(dir);
        KeyStore store = KeyStore.getInstance(file.type());
        try (InputStream in = Files.newInputStream(file.path())) {
            store.load(in, file.password().toCharArray());
        }
        assertThat(store.getCertificate(store.aliases().nextElement())).isEqualTo(tls.certificate());
    }
}
