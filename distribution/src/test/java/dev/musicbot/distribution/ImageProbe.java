package dev.musicbot.distribution;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Map;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSession;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * Runs INSIDE the jlink image ({@code runtime/bin/java -cp target/test-classes ...}) to prove that what jdeps
 * cannot see is linked: TLS 1.3 with an EC certificate, the bundled CA certificates, the JDK HTTP client and
 * server, zip file systems, platform MXBeans and {@code sun.misc.Unsafe}. Uses only JDK modules; prints one
 * line per check and exits non-zero on the first failure.
 *
 * <p>Arguments: a PKCS#12 key store holding an EC key whose certificate names 127.0.0.1, its password, and a
 * path for a new zip file.
 */
final class ImageProbe {
    private ImageProbe() {}

    public static void main(String[] args) throws Exception {
        SSLContext tls = tlsContext(Path.of(args[0]), args[1].toCharArray());
        System.out.println(httpsRoundTrip(tls));
        System.out.println("cacerts " + defaultTrustedIssuers());
        System.out.println(zipRoundTrip(Path.of(args[2])));
        System.out.println("management "
                + ManagementFactory.getOperatingSystemMXBean().getClass().getName());
        System.out.println("unsafe " + Class.forName("sun.misc.Unsafe").getName());
    }

    private static SSLContext tlsContext(Path keyStore, char[] password) throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance(keyStore.toFile(), password);
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, password);
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext context = SSLContext.getInstance("TLSv1.3");
        context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
        return context;
    }

    /** An HTTPS request from {@link HttpClient} to {@link HttpsServer} over loopback, host name verified. */
    private static String httpsRoundTrip(SSLContext tls) throws IOException, InterruptedException {
        HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        server.createContext("/", exchange -> {
            byte[] body = "pong".getBytes(UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        try (HttpClient client = HttpClient.newBuilder().sslContext(tls).build()) {
            URI uri = URI.create("https://127.0.0.1:" + server.getAddress().getPort() + "/");
            HttpResponse<String> response =
                    client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
            SSLSession session = response.sslSession().orElseThrow();
            return "https " + response.statusCode() + " " + response.body() + " " + session.getProtocol() + " "
                    + session.getCipherSuite() + " "
                    + session.getPeerCertificates()[0].getPublicKey().getAlgorithm();
        } finally {
            server.stop(0);
        }
    }

    /** How many CAs the image trusts by default (what TLS to discord.com and media hosts relies on). */
    private static int defaultTrustedIssuers() throws GeneralSecurityException {
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init((KeyStore) null);
        return ((X509TrustManager) trust.getTrustManagers()[0]).getAcceptedIssuers().length;
    }

    /** Writes and reads back a zip through the jdk.zipfs provider, as PF4J does with plugin archives. */
    private static String zipRoundTrip(Path zip) throws IOException {
        try (FileSystem fs = FileSystems.newFileSystem(zip, Map.of("create", "true"))) {
            Files.writeString(fs.getPath("plugin.properties"), "plugin.id=probe\n");
        }
        try (FileSystem fs = FileSystems.newFileSystem(zip)) {
            return "zipfs " + Files.readString(fs.getPath("plugin.properties")).strip();
        }
    }
}
