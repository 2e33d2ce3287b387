package dev.musicbot.api.testkit;

import dev.musicbot.api.ChannelId;
import dev.musicbot.api.GuildId;
import dev.musicbot.api.UserId;
import dev.musicbot.api.command.Attachment;
import dev.musicbot.api.command.AttachmentTooLargeException;
import dev.musicbot.api.command.CommandContext;
import dev.musicbot.api.command.PostedMessage;
import dev.musicbot.api.command.Reply;
import dev.musicbot.api.playback.GuildPlayback;
import dev.musicbot.api.source.ResolveResult;
import dev.musicbot.api.source.TrackLoader;
import dev.musicbot.api.text.MessageBundle;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A {@link CommandContext} for behavioural tests of commands: who calls, from which voice channel, with which
 * roles, language and options, against a {@link FakeGuildPlayback} (or any playback) and a track loader the test
 * supplies ({@link FakeTrackLoader}). Set up with the fluent setters, then run a handler with {@link CommandRunner}
 * (which checks the spec's preconditions as the runtime does) or pass it to {@code handle} directly.
 *
 * <p>Recorded: the replies the {@link CommandRunner} got ({@link #replies()}), the progress texts (the edits of a
 * deferred reply, {@link #progressTexts()}), and the messages posted apart from the reply with their later edits
 * ({@link #posted()}).
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
    private final Map<String, Attachment> attachments = new HashMap<>();
    private final Map<Attachment, byte[]> files = new HashMap<>();
    private final List<String> progress = new ArrayList<>();
    private final List<Reply> replies = new ArrayList<>();
    private final List<FakePostedMessage> posted = new ArrayList<>();
    private boolean canPost = true;
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
     * Whether the caller has Manage Server (which also makes them a DJ, as in the runtime).
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
     * An attachment option, with the bytes {@link #read} gives for it.
     *
     * @param name the option
     * @param fileName the file's name, such as {@code party.json}
     * @param content the file's bytes
     * @return this context
     */
    public FakeCommandContext attachment(String name, String fileName, byte[] content) {
        Attachment file = new Attachment(
                fileName,
                "application/octet-stream",
                content.length,
                URI.create("https://cdn.discordapp.com/attachments/1/2/" + fileName));
        attachments.put(name, file);
        files.put(file, content.clone());
        return this;
    }

    /**
     * Makes {@link #post} answer empty, as when the bot may not talk in the channel.
     *
     * @return this context
     */
    public FakeCommandContext cannotPost() {
        canPost = false;
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

    /**
     * The replies {@link CommandRunner} recorded for this context, in order.
     *
     * @return the replies
     */
    public List<Reply> replies() {
        return List.copyOf(replies);
    }

    /**
     * The last reply {@link CommandRunner} recorded.
     *
     * @return the reply
     * @throws AssertionError if there was none
     */
    public Reply lastReply() {
        if (replies.isEmpty()) {
            throw new AssertionError("no reply was recorded (run the handler through CommandRunner)");
        }
        return replies.getLast();
    }

    /**
     * The messages the command posted with {@link #post}, in order.
     *
     * @return the messages, each with its edits
     */
    public List<FakePostedMessage> posted() {
        return List.copyOf(posted);
    }

    void recordReply(Reply reply) {
        replies.add(reply);
    }

    boolean hasMessages() {
        return messages != null;
    }

    /**
     * The name {@link #callerName()} gives a member: alice, bob, or member-id.
     *
     * @param member the member
     * @return the name
     */
    public static String nameOf(UserId member) {
        return member.equals(ALICE) ? "alice" : member.equals(BOB) ? "bob" : "member-" + member.value();
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
        return nameOf(caller);
    }

    @Override
    public Optional<ChannelId> callerVoiceChannel() {
        return voice;
    }

    @Override
    public boolean callerIsDj() {
        return dj || managesGuild;
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
    public Optional<Attachment> attachment(String name) {
        return Optional.ofNullable(attachments.get(name));
    }

    @Override
    public byte[] read(Attachment attachment, long maxBytes) throws IOException {
        byte[] content = files.get(attachment);
        if (content == null) {
            throw new IOException("not an attachment of this invocation: " + attachment.fileName());
        }
        if (content.length > maxBytes) {
            throw new AttachmentTooLargeException(maxBytes);
        }
        return content.clone();
    }

    @Override
    public Optional<PostedMessage> post(Reply reply) {
        if (!canPost) {
            return Optional.empty();
        }
        FakePostedMessage message = new FakePostedMessage(reply);
        posted.add(message);
        return Optional.of(message);
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
