package dev.musicbot.runtime.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.musicbot.api.testkit.FakeCommandContext;
import dev.musicbot.api.testkit.FakeGuildPlayback;
import dev.musicbot.api.testkit.MessageBundleContract;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The runtime's texts: every key in every language, and replies in the caller's language. */
class RuntimeBundlesTest {
    @Test
    void everyKeyInEveryLanguageWithTheSamePlaceholders() {
        MessageBundleContract.assertConsistent(RuntimeMessages.class);
    }

    @Test
    void aCommandAnswersInTheCallersLanguage() {
        FakeGuildPlayback playback = new FakeGuildPlayback(FakeCommandContext.GUILD);
        assertThat(new ShuffleCommand().handle(FakeCommandContext.of(playback)).content())
                .isEqualTo("There is nothing to shuffle.");
        assertThat(new ShuffleCommand()
                        .handle(FakeCommandContext.of(playback).locale(Locale.of("vi")))
                        .content())
                .isEqualTo("Không có gì để trộn.");
        assertThat(new ShuffleCommand()
                        .handle(FakeCommandContext.of(playback).locale(Locale.FRENCH))
                        .content())
                .isEqualTo("There is nothing to shuffle.");
    }

    @Test
    void pluralsAndLabelsFollowTheLanguage() {
        assertThat(RuntimeMessages.BUNDLE.text(Locale.ROOT, "queue.title", 1, "3:00"))
                .isEqualTo("Queue: 1 track, 3:00");
        assertThat(RuntimeMessages.BUNDLE.text(Locale.ROOT, "queue.title", 0, "0:00"))
                .isEqualTo("Queue: 0 tracks, 0:00");
        assertThat(RuntimeMessages.BUNDLE.text(Locale.ROOT, "queue.title", 12000, "1:00:00"))
                .isEqualTo("Queue: 12000 tracks, 1:00:00");
        assertThat(RuntimeMessages.BUNDLE.text(Locale.of("vi"), "queue.title", 2, "6:00"))
                .isEqualTo("Hàng chờ: 2 bài, 6:00");
    }

    @Test
    void queueLimitsCountTracksAndAutoplayIsNamedInTheReadersLanguage() {
        assertThat(RuntimeMessages.BUNDLE.text(Locale.ROOT, "queue.full", 1))
                .isEqualTo("The queue is full (1 track). Wait until some have played.");
        assertThat(RuntimeMessages.BUNDLE.text(Locale.ROOT, "queue.per-user", 25))
                .isEqualTo("You already have 25 tracks queued; let others have a turn.");
        assertThat(RuntimeMessages.BUNDLE.text(Locale.of("vi"), "queue.full", 500))
                .isEqualTo("Hàng chờ đã đầy (500 bài). Bạn đợi vài bài phát xong rồi thêm nhé.");
        assertThat(RuntimeMessages.BUNDLE.text(Locale.ROOT, AutoplayCommand.REQUESTER))
                .isEqualTo("autoplay");
        assertThat(RuntimeMessages.BUNDLE.text(Locale.of("vi"), AutoplayCommand.REQUESTER))
                .isEqualTo("tự phát");
    }
}
