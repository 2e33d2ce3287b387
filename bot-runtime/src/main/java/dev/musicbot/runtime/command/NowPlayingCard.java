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
import java.util.Locale;

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

    /**
     * The card in a reader's language.
     *
     * @param playback the guild's player, with a current track
     * @param locale the language of the reader (the caller, or the guild for a card posted in the channel)
     * @return the card with its buttons
     */
    public static Reply render(GuildPlayback playback, Locale locale) {
        QueuedTrack current = playback.current().orElseThrow();
        TrackInfo info = current.track().info();
        List<Embed.Field> fields = new ArrayList<>();
        fields.add(new Embed.Field(text(locale, "card.progress"), progress(playback.position(), info, locale), false));
        fields.add(new Embed.Field(text(locale, "card.requester"), Format.requester(current, locale), true));
        fields.add(new Embed.Field(text(locale, "card.repeat"), RepeatCommand.label(playback.repeat(), locale), true));
        fields.add(new Embed.Field(text(locale, "card.volume"), playback.volume() + "%", true));
        fields.add(new Embed.Field(text(locale, "card.filter"), FilterCommand.label(playback.filters(), locale), true));
        if (playback.autoplay()) {
            fields.add(new Embed.Field(text(locale, "card.autoplay"), text(locale, "card.autoplay.on"), true));
        }
        if (playback.normalizing()) {
            fields.add(new Embed.Field(text(locale, "card.loudness"), text(locale, "card.normalised"), true));
        }
        Embed embed = new Embed(
                text(locale, playback.isPaused() ? "card.title.paused" : "card.title.playing", info.title()),
                info.author().isEmpty() ? null : info.author(),
                info.uri(),
                info.artworkUrl(),
                fields,
                text(locale, "card.footer", playback.queue().size()),
                0x1DB954);
        return Reply.of(embed)
                .withButtons(
                        Button.of(
                                "toggle",
                                text(locale, playback.isPaused() ? "card.button.resume" : "card.button.pause")),
                        Button.of("skip", text(locale, "card.button.skip")),
                        new Button("stop", text(locale, "card.button.stop"), Button.Style.DANGER, false),
                        Button.of("repeat", text(locale, "card.button.repeat")),
                        Button.of("shuffle", text(locale, "card.button.shuffle")),
                        new Button(FAVOURITE, text(locale, "card.button.favourite"), Button.Style.SUCCESS, false));
    }

    static String progress(Duration position, TrackInfo info, Locale locale) {
        if (info.isStream()) {
            return text(locale, "card.live", Format.duration(position));
        }
        long total = Math.max(1, info.length().toMillis());
        int filled = (int) Math.min(BAR, position.toMillis() * BAR / total);
        return "▬".repeat(filled) + "🔘" + "▬".repeat(BAR - filled) + " " + Format.duration(position) + " / "
                + Format.duration(info.length());
    }

    private static String text(Locale locale, String key, Object... args) {
        return RuntimeMessages.BUNDLE.text(locale, key, args);
    }
}
