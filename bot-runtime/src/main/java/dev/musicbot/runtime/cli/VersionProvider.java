package dev.musicbot.runtime.cli;

import dev.musicbot.runtime.BotVersion;
import picocli.CommandLine.IVersionProvider;

/** {@code musicbot --version}. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {
            "musicbot " + BotVersion.build(),
            "plugin API " + BotVersion.api(),
            "Java " + Runtime.version() + " (" + System.getProperty("java.vendor", "unknown vendor") + ")"
        };
    }
}
