package dev.musicbot.runtime.plugin;

import dev.musicbot.api.audio.AudioSourceContributor;
import dev.musicbot.api.command.CommandHandler;
import dev.musicbot.api.playback.SegmentProvider;
import dev.musicbot.api.source.SourceResolver;
import dev.musicbot.api.source.TrackRecommender;
import dev.musicbot.api.storage.GuildStateStore;
import dev.musicbot.api.storage.PlaylistStore;

/** What identifies an extension within its point, and how it is ordered. */
final class ExtensionKeys {
    private ExtensionKeys() {}

    static String keyOf(Object extension) {
        return switch (extension) {
            case CommandHandler handler -> "/" + handler.spec().name();
            case SourceResolver resolver -> resolver.id();
            case TrackRecommender recommender -> recommender.id();
            case PlaylistStore store -> store.id();
            case GuildStateStore store -> store.id();
            case AudioSourceContributor contributor -> contributor.id();
            case SegmentProvider provider -> provider.id();
            default -> extension.getClass().getName();
        };
    }

    static int priorityOf(Object extension) {
        return switch (extension) {
            case SourceResolver resolver -> resolver.priority();
            case TrackRecommender recommender -> recommender.priority();
            default -> 0;
        };
    }
}
