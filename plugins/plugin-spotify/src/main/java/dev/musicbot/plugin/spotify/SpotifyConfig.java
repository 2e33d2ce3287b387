package dev.musicbot.plugin.spotify;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Section {@code plugins.spotify}. The Spotify app's owner needs Spotify Premium (the February 2026 rules
 * for development-mode apps); without it the Web API refuses the app.
 *
 * @param clientId the app's client id (also {@code SPOTIFY_CLIENT_ID})
 * @param clientSecret the app's client secret, masked when configuration is printed (also
 *     {@code SPOTIFY_CLIENT_SECRET})
 * @param apiBaseUrl the Web API (default {@code https://api.spotify.com/v1})
 * @param authBaseUrl the accounts service that issues tokens (default {@code https://accounts.spotify.com})
 * @param market a two-letter country code for track relinking, or none
 * @param maxTracks the most tracks read from one album or playlist (default 500)
 */
public record SpotifyConfig(
        @Nullable String clientId,
        @Nullable String clientSecret,
        @Nullable String apiBaseUrl,
        @Nullable String authBaseUrl,
        @Nullable String market,
        @Nullable Integer maxTracks) {

    static final String DEFAULT_API = "https://api.spotify.com/v1";
    static final String DEFAULT_AUTH = "https://accounts.spotify.com";
    static final int DEFAULT_MAX_TRACKS = 500;
    private static final Pattern MARKET = Pattern.compile("[A-Z]{2}");

    /**
     * The effective settings, with defaults filled in. (The runtime binds {@code SPOTIFY_CLIENT_ID} and
     * {@code SPOTIFY_CLIENT_SECRET} to the credentials, from the environment or {@code .env}.)
     *
     * @return the settings
     * @throws IllegalArgumentException if a value is out of range
     */
    Settings settings() {
        String id = nonBlank(clientId);
        String secret = nonBlank(clientSecret);
        Optional<Credentials> credentials =
                id == null || secret == null ? Optional.empty() : Optional.of(new Credentials(id, secret));
        return new Settings(
                credentials,
                trimSlash(orDefault(apiBaseUrl, DEFAULT_API)),
                trimSlash(orDefault(authBaseUrl, DEFAULT_AUTH)),
                validMarket(market),
                validMaxTracks(maxTracks));
    }

    private static @Nullable String validMarket(@Nullable String market) {
        if (market == null || market.isBlank()) {
            return null;
        }
        String upper = market.strip().toUpperCase(Locale.ROOT);
        if (!MARKET.matcher(upper).matches()) {
            throw new IllegalArgumentException("plugins.spotify.market must be a two-letter country code, like DE");
        }
        return upper;
    }

    private static int validMaxTracks(@Nullable Integer maxTracks) {
        int value = maxTracks == null ? DEFAULT_MAX_TRACKS : maxTracks;
        if (value < 1) {
            throw new IllegalArgumentException("plugins.spotify.max-tracks must be at least 1");
        }
        return value;
    }

    private static @Nullable String nonBlank(@Nullable String configured) {
        return configured == null || configured.isBlank() ? null : configured.strip();
    }

    private static String orDefault(@Nullable String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /**
     * The app's client credentials. {@link #toString()} never shows the secret.
     *
     * @param clientId the client id
     * @param clientSecret the client secret
     */
    record Credentials(String clientId, String clientSecret) {
        @Override
        public String toString() {
            return "Credentials[clientId=" + clientId + ", clientSecret=****]";
        }
    }

    /**
     * Effective settings.
     *
     * @param credentials the client credentials, or empty when none are configured
     * @param apiBase the Web API base URL, without a trailing slash
     * @param authBase the accounts base URL, without a trailing slash
     * @param market the market, or null
     * @param maxTracks the most tracks read from one album or playlist
     */
    record Settings(
            Optional<Credentials> credentials,
            String apiBase,
            String authBase,
            @Nullable String market,
            int maxTracks) {}
}
