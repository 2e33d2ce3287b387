package dev.musicbot.api.testkit;

import static dev.musicbot.api.testkit.FakeCommandContext.BOB;
import static dev.musicbot.api.testkit.FakeCommandContext.GUILD;
import static dev.musicbot.api.testkit.FakeCommandContext.VOICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.musicbot.api.command.AttachmentTooLargeException;
import dev.musicbot.api.command.Reply;
import dev.musicbot.api.playback.RepeatMode;
import dev.musicbot.api.source.ResolveResult;
import dev.musicbot.api.source.TrackQuery;
import dev.musicbot.api.text.MessageBundle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The fake context answers what the test set up and records what the command did with it. */
class FakeCommandContextTest {
    private final FakeGuildPlayback playback = new FakeGuildPlayback(GUILD);

    @Test
    void aliceInVoiceNotADjWithNoOptionsByDefault() {
        FakeCommandContext ctx = FakeCommandContext.of(playback);
        assertThat(ctx.guild()).isEqualTo(GUILD);
        assertThat(ctx.callerName()).isEqualTo("alice");
        assertThat(ctx.callerVoiceChannel()).contains(VOICE);
        assertThat(ctx.callerIsDj()).isFalse();
        assertThat(ctx.callerManagesGuild()).isFalse();
        assertThat(ctx.string("query")).isEmpty();
        assertThat(ctx.integer("page")).isEmpty();
        assertThat(ctx.attachment("file")).isEmpty();
        assertThat(ctx.locale()).isEqualTo(Locale.ROOT);
    }

    @Test
    void optionsChoicesAndTheCallerAreWhatTheTestSet() {
        FakeCommandContext ctx = FakeCommandContext.of(playback)
                .caller(BOB)
                .inVoice(Optional.empty())
                .option("mode", "Queue")
                .option("page", 3);
        assertThat(ctx.callerName()).isEqualTo("bob");
        assertThat(ctx.callerVoiceChannel()).isEmpty();
        assertThat(ctx.choice("mode", RepeatMode.class)).contains(RepeatMode.QUEUE);
        assertThat(ctx.choice("page", RepeatMode.class)).isEmpty();
        assertThat(ctx.integer("page")).hasValue(3);
    }

    @Test
    void managingTheGuildMakesADjAsInTheRuntime() {
        assertThat(FakeCommandContext.of(playback).managesGuild(true).callerIsDj())
                .isTrue();
        assertThat(FakeCommandContext.of(playback).dj(true).callerManagesGuild())
                .isFalse();
    }

    @Test
    void textsComeFromTheGivenBundleInTheCallersLanguage() {
        MessageBundle bundle = MessageBundle.of(FakeCommandContextTest.class);
        FakeCommandContext ctx = FakeCommandContext.of(playback).messages(bundle);
        assertThat(ctx.text("greeting", "Ann")).isEqualTo("Hello Ann!");
        assertThat(ctx.locale(Locale.of("vi")).text("greeting", "Lan")).isEqualTo("Xin chào Lan!");
    }

    @Test
    void progressAndPostedMessagesAreRecordedWithTheirEdits() {
        FakeCommandContext ctx = FakeCommandContext.of(playback);
        ctx.progress("Looking up…");
        ctx.progress("Almost there…");
        var posted = ctx.post(Reply.of("Now playing: one")).orElseThrow();
        assertThat(posted.edit(Reply.of("Now playing: two"))).isTrue();
        assertThat(ctx.progressTexts()).containsExactly("Looking up…", "Almost there…");
        assertThat(ctx.posted()).hasSize(1);
        FakePostedMessage message = ctx.posted().getFirst();
        assertThat(message.versions())
                .extracting(Reply::content)
                .containsExactly("Now playing: one", "Now playing: two");
        message.delete();
        assertThat(posted.edit(Reply.of("Now playing: three"))).isFalse();
        assertThat(message.current().content()).isEqualTo("Now playing: two");
        assertThat(FakeCommandContext.of(playback).cannotPost().post(Reply.of("x")))
                .isEmpty();
    }

    @Test
    void attachmentsAreReadWithinTheCallersLimitOnly() throws IOException {
        byte[] json = "{\"name\":\"party\"}".getBytes(StandardCharsets.UTF_8);
        FakeCommandContext ctx = FakeCommandContext.of(playback).attachment("file", "party.json", json);
        var file = ctx.attachment("file").orElseThrow();
        assertThat(file.fileName()).isEqualTo("party.json");
        assertThat(file.size()).isEqualTo(json.length);
        assertThat(ctx.read(file, 1000)).isEqualTo(json);
        assertThatThrownBy(() -> ctx.read(file, 4)).isInstanceOf(AttachmentTooLargeException.class);
        var foreign = FakeCommandContext.of(playback)
                .attachment("file", "other.json", json)
                .attachment("file");
        assertThatThrownBy(() -> ctx.read(foreign.orElseThrow(), 1000)).isInstanceOf(IOException.class);
    }

    @Test
    void theTrackLoaderAnswersItsScriptAndRecordsWhatWasAsked() {
        FakeTrackLoader loader = new FakeTrackLoader().answer("one", FakeGuildPlayback.track("one", 60));
        FakeCommandContext ctx = FakeCommandContext.of(playback).tracks(loader);
        assertThat(ctx.tracks().load(new TrackQuery("one")).playable()).isPresent();
        assertThat(ctx.tracks().load(new TrackQuery("two"))).isInstanceOf(ResolveResult.NoMatch.class);
        assertThat(loader.inputs()).containsExactly("one", "two");
    }
}
