package dev.musicbot.runtime.command;

import dev.musicbot.api.command.Button;
import dev.musicbot.api.command.Embed;
import dev.musicbot.api.command.Reply;
import dev.musicbot.api.playback.GuildPlayback;
import dev.musicbot.api.playback.QueuedTrack;
import dev.musicbot.api.track.TrackInfo;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The now-playing card: title, artist, progress bar, requester, repeat, volume and filter, with player buttons (and ♥ Favourite) whose
 * clicks {@link NowPlayingCommand} handles. Shown by {@code /nowplaying} and posted when a track starts.
 */
public final class NowPlayingCard {
    /** The command whose handler owns the card's buttons. */
    public static final String COMMAND = "nowplaying";

    /** The button that adds the current song to the presser's favourites. */
    static final String FAVOURITE = "favourite";

    private static final int BAR = 18;

    private NowPlayingCard() {}

    public static Reply render(GuildPlayback playback) {
        QueuedTrack current = playback.current().orElseThrow();
        TrackInfo info = current.track().info();
        List<Embed.Field> fields = new ArrayList<>();
        fields.add(new Embed.Field("Progress", progress(playback.position(), info), false));
        fields.add(new Embed.Field("Requested by", Format.requester(current), true));
        fields.add(new Embed.Field("Repeat", RepeatCommand.label(playback.repeat()), true));
        fields.add(new Embed.Field("Volume", playback.volume() + "%", true));
        fields.add(new Embed.Field("Filter", FilterCommand.label(playback.filters()), true));
        if (playback.autoplay()) {
            fields.add(new Embed.Field("Autoplay", "on", true));
        }
        if (playback.normalizing()) {
            fields.add(new Embed.Field("Loudness", "normalised", true));
        }
        Embed embed = new Embed(
                (playback.isPaused() ? "Paused: " : "Now playing: ") + info.title(),
                info.author().isEmpty() ? null : info.author(),
                info.uri(),
                info.artworkUrl(),
                fields,
                playback.queue().size() + " more in the queue",
                0x1DB954);
        return Reply.of(embed)
                .withButtons(
                        Button.of("toggle", playback.isPaused() ? "Resume" : "Pause"),
                        Button.of("skip", "Skip"),
                        new Button("stop", "Stop", Button.Style.DANGER, false),
                        Button.of("repeat", "Repeat"),
                        Button.of("shuffle", "Shuffle"),
                        new Button(FAVOURITE, "\u2665 Favourite", Button.Style.SUCCESS, false));
    }

    static String progress(Duration position, TrackInfo info) {
        if (info.isStream()) {
            return "Live · " + Format.duration(position);
        }
        long total = Math.max(1, info.length().toMillis());
        int filled = (int) Math.min(BAR, position.toMillis() * BAR / total);
        return "▬".repeat(filled) + "🔘" + "▬".repeat(BAR - filled) + " " + Format.duration(position) + " / "
                + Format.duration(info.length());
    }
}
