package dev.musicbot.testkit;

import dev.musicbot.testkit.audio.AudioMark;
import dev.musicbot.testkit.audio.AudioRecorder;
import dev.musicbot.testkit.audio.PacketTimeline;
import dev.musicbot.testkit.audio.ReceivedAudio;
import dev.musicbot.testkit.support.Signal;
import dev.musicbot.testkit.voice.EncryptionMode;
import dev.musicbot.testkit.voice.VoiceConnection;
import dev.musicbot.testkit.voice.VoiceSink;
import dev.musicbot.testkit.voice.VoiceStats;
import dev.musicbot.testkit.voice.dave.DaveStats;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

/**
 * The bot's voice presence in one guild: connection state, the audio it sent (decrypted and decoded, across
 * reconnects), and voice fault injection. Get it with {@link DiscordSimulator#voice(SimGuild)}. Thread-safe.
 */
public final class SimVoice {
    private final SimGuild guild;
    private final VoiceRegistry registry;
    private final AudioRecorder recorder = new AudioRecorder();
    private final PacketTimeline timeline = new PacketTimeline();
    private final Signal signal = new Signal();
    private final VoiceSink sink = new Sink();
    private volatile VoiceConnection current;
    private volatile double packetLoss;
    private SplittableRandom lossDice = new SplittableRandom();
    private volatile boolean decodes = true;
    private final AtomicBoolean damageNext = new AtomicBoolean();
    private int sessions;

    SimVoice(SimGuild guild, VoiceRegistry registry) {
        this.guild = guild;
        this.registry = registry;
    }

    /** The guild. */
    public SimGuild guild() {
        return guild;
    }

    /** Whether the bot has a ready voice session (key sent) on an open WebSocket. */
    public boolean isConnected() {
        VoiceConnection connection = current;
        return connection != null && connection.isReady() && connection.isSocketOpen();
    }

    /** Waits until {@link #isConnected()}. */
    public SimVoice awaitConnected(Duration timeout) {
        signal.await(
                () -> isConnected() ? Optional.of(true) : Optional.empty(),
                timeout,
                () -> "the bot's voice connection in " + guild.name() + "; state: " + describe());
        return this;
    }

    /** Waits until the voice session has ended (the bot left or the session was closed for good). */
    public SimVoice awaitDisconnected(Duration timeout) {
        signal.await(
                () -> current == null || current.isEnded() ? Optional.of(true) : Optional.empty(),
                timeout,
                () -> "the voice session in " + guild.name() + " to end; state: " + describe());
        return this;
    }

    /** The encryption mode the bot selected in the current session. */
    public Optional<EncryptionMode> encryptionMode() {
        return connection().flatMap(VoiceConnection::encryptionMode);
    }

    /** The current (or last) voice session. */
    public Optional<VoiceConnection> connection() {
        return Optional.ofNullable(current);
    }

    /** How many voice sessions the bot identified in this guild so far. */
    public synchronized int sessions() {
        return sessions;
    }

    /**
     * DAVE in the current session, when the simulator was started with {@code dave(true)} and the bot negotiated
     * protocol version 1: the group, transitions and the checks of every audio frame.
     */
    public Optional<DaveStats> dave() {
        return connection().flatMap(VoiceConnection::dave);
    }

    /** Waits until DAVE in the current session satisfies {@code condition}; returns those stats. */
    public DaveStats awaitDave(Predicate<DaveStats> condition, String what, Duration timeout) {
        return signal.await(
                () -> dave().filter(condition),
                timeout,
                () -> what + "; DAVE now: " + dave().map(Object::toString).orElse("not negotiated"));
    }

    /** UDP counters of the current session. */
    public VoiceStats stats() {
        return connection().map(VoiceConnection::stats).orElse(VoiceStats.EMPTY);
    }

    /** The first datagrams of the current session that were neither IP discovery nor RTP audio, in hex. */
    public List<String> straySamples() {
        return connection().map(VoiceConnection::straySamples).orElse(List.of());
    }

    /** SPEAKING values the bot sent in the current session. */
    public List<Integer> speaking() {
        return connection().map(VoiceConnection::speaking).orElse(List.of());
    }

    /** Everything received so far in this guild, across sessions. */
    public ReceivedAudio received() {
        return recorder.snapshot();
    }

    /** A mark to analyse only later audio: {@code received().since(mark)}. */
    public AudioMark mark() {
        return recorder.mark();
    }

    /** Waits until {@code audio} of decoded audio was received in total. */
    public ReceivedAudio awaitAudio(Duration audio, Duration timeout) {
        return recorder.awaitAudio(audio, timeout);
    }

    /** Waits until {@code audio} of decoded audio arrived after the mark; returns only that part. */
    public ReceivedAudio awaitAudioAfter(AudioMark mark, Duration audio, Duration timeout) {
        return recorder.awaitAudioAfter(mark, audio, timeout);
    }

    /** Waits until the last {@code quietFor} was silent (no packets, or below -50 dBFS). */
    public ReceivedAudio awaitSilence(Duration quietFor, Duration timeout) {
        return recorder.awaitSilence(quietFor, ReceivedAudio.DEFAULT_SILENCE_DBFS, timeout);
    }

    /** Waits until the last {@code quietFor} was below {@code thresholdDbfs} (or had no packets). */
    public ReceivedAudio awaitSilence(Duration quietFor, double thresholdDbfs, Duration timeout) {
        return recorder.awaitSilence(quietFor, thresholdDbfs, timeout);
    }

    /** The recorder behind {@link #received()}. */
    public AudioRecorder recorder() {
        return recorder;
    }

    /**
     * Every audio packet's arrival time, sequence number and size, across sessions, whether it was decoded or
     * not: the light record a benchmark watches many streams with.
     */
    public PacketTimeline timeline() {
        return timeline;
    }

    /**
     * Whether to decrypt and decode this guild's audio into {@link #received()} (the default). Off, only the
     * {@link #timeline()} records packets: the light receiving mode, so that watching many streams costs little.
     */
    public void decode(boolean enabled) {
        decodes = enabled;
    }

    /** Closes the voice WebSocket with a code (4006/4014/4015 end the session; e.g. 4000 lets JDA resume). */
    public void close(int code) {
        connection().ifPresent(c -> c.close(code));
    }

    /** Disconnects the bot as a moderator would: its voice state becomes null, then the socket closes with 4014. */
    public void kick() {
        guild.simulator().updateVoiceState(guild, guild.botModel(), null);
        close(4014);
    }

    /**
     * Sends a VOICE_SERVER_UPDATE pointing at a freshly started voice server (a region change); JDA closes the
     * current voice connection and connects to the new endpoint.
     */
    public void moveToNewEndpoint() {
        registry.moveToNewServer(this);
    }

    /**
     * Damages the next DAVE commit (op 29) or Welcome (op 30) the voice server sends the bot, in this session or the
     * next: the bot cannot process it, reports it with op 31 and the server removes and adds it again.
     */
    public void damageNextDaveCommit() {
        damageNext.set(true);
    }

    /**
     * Drops this fraction (0 to 1) of the datagrams arriving at the voice UDP socket, at random, before they are
     * looked at (audio, keep-alives and IP discovery alike), as a lossy network would.
     */
    public void setPacketLoss(double fraction) {
        setPacketLoss(fraction, new SplittableRandom().nextLong());
    }

    /** {@link #setPacketLoss(double)} with a seed, so that a run drops the same datagrams by position. */
    public void setPacketLoss(double fraction, long seed) {
        if (fraction < 0 || fraction > 1) {
            throw new IllegalArgumentException("Packet loss must be between 0 and 1: " + fraction);
        }
        synchronized (this) {
            lossDice = new SplittableRandom(seed);
        }
        packetLoss = fraction;
    }

    VoiceSink sink() {
        return sink;
    }

    void voiceStatesChanged() {
        connection().ifPresent(VoiceConnection::listenersChanged);
        signal.fire();
    }

    private String describe() {
        VoiceConnection c = current;
        return c == null
                ? "no session"
                : "session ready=" + c.isReady() + " socketOpen=" + c.isSocketOpen() + " ended=" + c.isEnded()
                        + " mode=" + c.encryptionMode().orElse(null);
    }

    private final class Sink implements VoiceSink {
        @Override
        public AudioRecorder recorder() {
            return recorder;
        }

        @Override
        public PacketTimeline timeline() {
            return timeline;
        }

        @Override
        public boolean decodes() {
            return decodes;
        }

        @Override
        public boolean damageDaveMessage() {
            return damageNext.getAndSet(false);
        }

        @Override
        public boolean dropDatagram() {
            double fraction = packetLoss;
            if (fraction == 0) {
                return false;
            }
            synchronized (SimVoice.this) {
                return lossDice.nextDouble() < fraction;
            }
        }

        @Override
        public long voiceChannelId() {
            return guild.botVoiceChannel()
                    .map(c -> Long.parseUnsignedLong(c.id()))
                    .orElse(0L);
        }

        @Override
        public List<Long> listenerIds() {
            Optional<SimChannel> channel = guild.botVoiceChannel();
            if (channel.isEmpty()) {
                return List.of();
            }
            String bot = guild.simulator().botUserId();
            return guild.voiceStates().entrySet().stream()
                    .filter(e -> e.getValue().equals(channel.get().id())
                            && !e.getKey().equals(bot))
                    .map(e -> Long.parseUnsignedLong(e.getKey()))
                    .toList();
        }

        @Override
        public void connectionChanged(VoiceConnection connection) {
            synchronized (SimVoice.this) {
                if (connection != current && !connection.isEnded()) {
                    current = connection;
                    sessions++;
                }
            }
            signal.fire();
        }
    }
}
