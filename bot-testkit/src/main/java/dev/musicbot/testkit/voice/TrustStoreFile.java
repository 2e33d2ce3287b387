package dev.musicbot.testkit.voice;

import java.nio.file.Path;

/**
 * A trust store on disk that contains the simulator's voice TLS certificate, for bots that configure trust
 * through files or {@code -Djavax.net.ssl.trustStore}.
 *
 * @param path the file
 * @param password the store password
 * @param type the store type ({@code PKCS12})
 */
public record TrustStoreFile(Path path, String password, String type) {}
