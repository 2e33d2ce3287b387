package dev.musicbot.plugin.lyrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.musicbot.api.ChannelId;
import dev.musicbot.api.GuildId;
import dev.musicbot.api.UserId;
import dev.musicbot.api.command.PostedMessage;
import dev.musicbot.api.command.Reply;
import dev.musicbot.api.testkit.FakeGuildPlayback;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LiveFollowerTest {
    private static final Lyrics SONG = new Lyrics(
            7,
            "Song",
            "Artist",
            Duration.ofMinutes(1),
            false,
            "",
            Lrc.parse("[00:01.00]one\n[00:01.50]two\n[00:05.00]three"));

    private final FakeGuildPlayback playback = new FakeGuildPlayback(new GuildId(1))
            .playing(
                    new ChannelId(2),
                    new UserId(3),
                    FakeGuildPlayback.track("Song", 60),
                    FakeGuildPlayback.track("Next", 60));
    private final List<String> shown = new ArrayList<>();
    private boolean messageExists = true;
    private long now;

    private final PostedMessage message = reply -> {
        shown.add(text(reply));
        return messageExists;
    };
    private final LiveFollower follower =
            new LiveFollower(playback, playback.current().orElseThrow(), SONG, message, Locale.ROOT, () -> now);

    private static String text(Reply reply) {
        return reply.embeds().getFirst().description();
    }

    private void at(long millis) {
        now = Duration.ofMillis(millis).toNanos();
        playback.seek(Duration.ofMillis(millis));
        follower.run();
    }

    @Test
    void editsWhenTheLineChangesAndCoalescesLinesThatComeTooFast() {
        at(500);
        assertThat(shown).as("before the first line the posted view stands").isEmpty();
        at(1000);
        at(1500);
        assertThat(shown).as("'two' came 0.5 s after 'one': too soon to edit").hasSize(1);
        at(2200);
        at(2400);
        assertThat(shown).hasSize(2);
        assertThat(shown.get(0)).contains("▶ **one**");
        assertThat(shown.get(1)).contains("▶ **two**");
        at(5000);
        assertThat(shown.getLast()).contains("▶ **three**");
    }

    @Test
    void endsWhenAnotherSongPlaysOrPlaybackStops() {
        at(1000);
        playback.skip();
        follower.run();
        follower.run();

        assertThat(shown).hasSize(2);
        assertThat(shown.getLast()).isEqualTo(Messages.text(Locale.ROOT, "live.ended"));
        assertThat(follower.done()).isTrue();

        LiveFollower other =
                new LiveFollower(playback, playback.current().orElseThrow(), SONG, message, Locale.ROOT, () -> now);
        playback.stop();
        other.run();
        assertThat(shown.getLast()).isEqualTo(Messages.text(Locale.ROOT, "live.ended"));
        assertThat(other.done()).isTrue();
    }

    @Test
    void stopsOnceTheMessageIsGone() {
        at(1000);
        messageExists = false;
        at(5000);
        at(9000);

        assertThat(shown).hasSize(2);
        assertThat(follower.done()).isTrue();
    }

    @Test
    void aViewReplacedByANewerOneSaysItEnded() {
        at(1000);
        follower.end();
        follower.end();
        at(5000);

        assertThat(shown).hasSize(2);
        assertThat(shown.getLast()).isEqualTo(Messages.text(Locale.ROOT, "live.ended"));
    }
}
