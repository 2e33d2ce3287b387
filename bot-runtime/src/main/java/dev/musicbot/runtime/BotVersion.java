package dev.musicbot.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The bot's version, and the version of the plugin API it provides. */
public final class BotVersion {
    private static final Properties PROPERTIES = load();

    private BotVersion() {}

    /** The release version, for example {@code 0.1.0}. */
    public static String current() {
        return PROPERTIES.getProperty("version", "0.0.0");
    }

    /**
     * The version of the plugin API ({@code bot-api}) this bot provides, for example {@code 1.0.0}; plugins'
     * {@code Plugin-Requires} is checked against it.
     */
    public static String api() {
        return PROPERTIES.getProperty("api", "0.0.0");
    }

    /** The build's Maven version, for example {@code 0.1.0-SNAPSHOT}. */
    public static String build() {
        return PROPERTIES.getProperty("build", current());
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = BotVersion.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
