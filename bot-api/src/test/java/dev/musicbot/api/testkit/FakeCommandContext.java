package dev.musicbot.api.testkit;

import dev.musicbot.api.ChannelId;
import dev.musicbot.api.GuildId;
import dev.musicbot.api.UserId;
import dev.musicbot.api.command.CommandContext;
import dev.musicbot.api.playback.GuildPlayback;
import dev.musicbot.api.source.ResolveResult;
import dev.musicbot.api.source.TrackLoader;
import dev.musicbot.api.text.MessageBundle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A {@link CommandContext} for behavioural tests of commands: who calls, from which voice channel, with which
 * roles and options, against a {@link FakeGuildPlayback} (or any playback) and a track loader the test supplies.
 * Progress texts are recorded. Set up with the fluent setters, then pass it to {@code handle}.
 */
public final class FakeCommandContext implements CommandContext {
    /** The guild of every fake context. */
    public static final GuildId GUILD = new GuildId(400000000000000001L);

    /** The voice channel a caller is in unless a test says otherwise. */
    public static final ChannelId VOICE = new ChannelId(500000000000000001L);

    /** A member. */
    public static final UserId ALICE = new UserId(300000000000000001L);

    /** Another member. */
    public static final UserId BOB = new UserId(300000000000000002L);

    private final GuildPlayback playback;
    private final Map<String, String> strings = new HashMap<>();
    private final Map<String, Long> integers = new HashMap<>();
    private final List<String> progress = new ArrayList<>();
    private UserId caller = ALICE;
    private Optional<ChannelId> voice = Optional.of(VOICE);
    private boolean dj;
    private boolean managesGuild;
    private int listeners = 1;
    private Locale locale = Locale.ROOT;
    private MessageBundle messages;
    private TrackLoader tracks = query -> new ResolveResult.NoMatch("the test resolves nothing");

    private FakeCommandContext(GuildPlayback playback) {
        this.playback = playback;
    }

    /**
     * Alice, in {@link #VOICE}, not a DJ, alone with the bot, no options.
     *
     * @param playback the guild's player
     * @return the context
     */
    public static FakeCommandContext of(GuildPlayback playback) {
        return new FakeCommandContext(playback);
    }

    /**
     * Who calls.
     *
     * @param member the caller
     * @return this context
     */
    public FakeCommandContext caller(UserId member) {
        this.caller = member;
        return this;
    }

    /**
     * The caller's voice channel, or none.
     *
     * @param channel the channel, or empty when the caller is not in voice
     * @return this context
     */
    public FakeCommandContext inVoice(Optional<ChannelId> channel) {
        this.voice = channel;
        return this;
    }

    /**
     * Whether the caller counts as a DJ.
     *
     * @param isDj true for a DJ
     * @return this context
     */
    public FakeCommandContext dj(boolean isDj) {
        this.dj = isDj;
        return this;
    }

    /**
     * Whether the caller has Manage Server.
     *
     * @param manages true for a manager
     * @return this context
     */
    public FakeCommandContext managesGuild(boolean manages) {
        this.managesGuild = manages;
        return this;
    }

    /**
     * How many members other than the bot are in its voice channel.
     *
     * @param count the listeners
     * @return this context
     */
    public FakeCommandContext listeners(int count) {
        this.listeners = count;
        return this;
    }

    /**
     * A text (or choice) option.
     *
     * @param name the option
     * @param value its value
     * @return this context
     */
    public FakeCommandContext option(String name, String value) {
        strings.put(name, value);
        return this;
    }

    /**
     * An integer option.
     *
     * @param name the option
     * @param value its value
     * @return this context
     */
    public FakeCommandContext option(String name, long value) {
        integers.put(name, value);
        return this;
    }

    /**
     * What {@link #tracks()} resolves with.
     *
     * @param loader the loader
     * @return this context
     */
    public FakeCommandContext tracks(TrackLoader loader) {
        this.tracks = loader;
        return this;
    }

    /**
     * The caller's language (English by default).
     *
     * @param language the locale, such as {@code Locale.of("vi")}
     * @return this context
     */
    public FakeCommandContext locale(Locale language) {
        this.locale = language;
        return this;
    }

    /**
     * The bundle {@link #text} reads. By default the bundle of the package of the class that first asks for a
     * text (the handler under test, or a helper in its package).
     *
     * @param bundle the handler's bundle
     * @return this context
     */
    public FakeCommandContext messages(MessageBundle bundle) {
        this.messages = bundle;
        return this;
    }

    /**
     * The progress texts the command reported, in order.
     *
     * @return the texts
     */
    public List<String> progressTexts() {
        return List.copyOf(progress);
    }

    @Override
    public GuildId guild() {
        return playback.guild();
    }

    @Override
    public UserId caller() {
        return caller;
    }

    @Override
    public String callerName() {
        return caller.equals(ALICE) ? "alice" : caller.equals(BOB) ? "bob" : "member-" + caller.value();
    }

    @Override
    public Optional<ChannelId> callerVoiceChannel() {
        return voice;
    }

    @Override
    public boolean callerIsDj() {
        return dj;
    }

    @Override
    public boolean callerManagesGuild() {
        return managesGuild;
    }

    @Override
    public int listeners() {
        return listeners;
    }

    @Override
    public Optional<String> string(String name) {
        return Optional.ofNullable(strings.get(name));
    }

    @Override
    public OptionalLong integer(String name) {
        Long value = integers.get(name);
        return value == null ? OptionalLong.empty() : OptionalLong.of(value);
    }

    @Override
    public GuildPlayback playback() {
        return playback;
    }

    @Override
    public TrackLoader tracks() {
        return tracks;
    }

    @Override
    public void progress(String text) {
        progress.add(text);
    }

    @Override
    public Locale locale() {
        return locale;
    }

    @Override
    public String text(String key, Object... args) {
        if (messages == null) {
            Class<?> asker = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
                    .walk(frames -> frames.map(StackWalker.StackFrame::getDeclaringClass)
                            .filter(c -> c != FakeCommandContext.class)
                            .findFirst()
                            .orElseThrow());
            messages = MessageBundle.of(asker);
        }
        return messages.text(locale, key, args);
    }
}
