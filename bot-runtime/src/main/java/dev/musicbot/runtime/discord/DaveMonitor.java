package dev.musicbot.runtime.discord;

import club.minnced.discord.jdave.interop.JDaveSessionFactory;
import dev.musicbot.api.text.Text;
import dev.musicbot.runtime.command.RuntimeMessages;
import dev.musicbot.runtime.config.BotConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import net.dv8tion.jda.api.audio.dave.DaveSessionFactory;
import net.dv8tion.jda.api.audio.dave.PassthroughDaveSessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches DAVE on every voice connection: the session factory JDA is given wraps each session (JDAVE's when its
 * natives load, JDA's pass-through one otherwise) in a {@link MonitoredDaveSession}. It keeps each connection's
 * {@link DaveStatus} for the health endpoint, counts transitions and failures in the metrics, and with
 * {@code voice.dave: required} refuses the connections that would run without DAVE.
 *
 * <p>Metrics: {@code musicbot_dave_transitions_total}, {@code musicbot_dave_encrypt_failures_total},
 * {@code musicbot_dave_decrypt_failures_total} and {@code musicbot_dave_refused_connections_total}, over all
 * connections.
 */
public final class DaveMonitor implements MonitoredDaveSession.Observer {
    private static final Logger log = LoggerFactory.getLogger(DaveMonitor.class);

    private final BotConfig.DaveMode mode;
    private final DaveSupport support;
    private final Set<MonitoredDaveSession> sessions = ConcurrentHashMap.newKeySet();
    private final Counter transitions;
    private final Counter encryptFailures;
    private final Counter decryptFailures;
    private final Counter refused;
    private volatile BiConsumer<Long, Text> refusals = (channel, reason) -> {};

    public DaveMonitor(BotConfig.DaveMode mode, DaveSupport support, MeterRegistry meters) {
        this.mode = mode;
        this.support = support;
        transitions = Counter.builder("musicbot.dave.transitions")
                .description("DAVE transitions executed (op 22: a new group, a member added or removed), all"
                        + " voice connections")
                .register(meters);
        encryptFailures = Counter.builder("musicbot.dave.encrypt.failures")
                .description("Audio frames libdave failed to encrypt (JDA drops them), all voice connections")
                .register(meters);
        decryptFailures = Counter.builder("musicbot.dave.decrypt.failures")
                .description("Received frames libdave failed to decrypt, all voice connections")
                .register(meters);
        refused = Counter.builder("musicbot.dave.refused.connections")
                .description("Voice connections refused because they would run without DAVE (voice.dave: required)")
                .register(meters);
    }

    /** The factory for JDA: JDAVE's sessions when the natives load, JDA's pass-through ones otherwise. */
    DaveSessionFactory factory() {
        DaveSessionFactory inner =
                support.available() ? new JDaveSessionFactory() : new PassthroughDaveSessionFactory();
        return wrapping(inner::createDaveSession);
    }

    /** A factory whose sessions wrap those {@code delegates} makes. */
    DaveSessionFactory wrapping(MonitoredDaveSession.Delegates delegates) {
        return (callbacks, userId, channelId) -> {
            MonitoredDaveSession session = MonitoredDaveSession.create(delegates, callbacks, userId, channelId, this);
            sessions.add(session);
            return session;
        };
    }

    /** Who leaves a refused channel and tells the members: the channel id and the reason to say. */
    void onRefusal(BiConsumer<Long, Text> handler) {
        refusals = handler;
    }

    public BotConfig.DaveMode mode() {
        return mode;
    }

    public DaveSupport support() {
        return support;
    }

    /**
     * Why the bot may not join voice at all: DAVE is required and its natives did not load. Empty otherwise.
     */
    public Optional<Text> refusal() {
        if (mode == BotConfig.DaveMode.REQUIRED && !support.available()) {
            return Optional.of(RuntimeMessages.text("dave.refused.no-library"));
        }
        return Optional.empty();
    }

    /** Every open voice connection's DAVE state, by channel id. */
    public List<DaveStatus> connections() {
        return sessions.stream()
                .map(MonitoredDaveSession::status)
                .sorted(Comparator.comparingLong(DaveStatus::channelId))
                .toList();
    }

    @Override
    public void negotiated(MonitoredDaveSession session, int protocolVersion) {
        if (protocolVersion > 0 || mode != BotConfig.DaveMode.REQUIRED) {
            if (protocolVersion == 0) {
                log.warn(
                        "Voice channel {}: the voice server chose no DAVE (protocol version 0); the audio is not"
                                + " end-to-end encrypted",
                        session.channelId());
            }
            return;
        }
        refused.increment();
        String why = support.available()
                ? "the voice server did not agree to DAVE (protocol version 0)"
                : "DAVE is " + support.describe();
        log.error(
                "Voice channel {}: refusing a voice connection without end-to-end encryption: {} and voice.dave is"
                        + " 'required'",
                session.channelId(),
                why);
        Text reply = RuntimeMessages.text("dave.refused.version-zero");
        // JDA calls this on its voice socket's thread; leaving the channel must not run there.
        Thread.ofVirtual().start(() -> refusals.accept(session.channelId(), reply));
    }

    @Override
    public void transitionExecuted(MonitoredDaveSession session) {
        transitions.increment();
    }

    @Override
    public void encryptFailed(MonitoredDaveSession session) {
        encryptFailures.increment();
    }

    @Override
    public void decryptFailed(MonitoredDaveSession session) {
        decryptFailures.increment();
    }

    @Override
    public void destroyed(MonitoredDaveSession session) {
        sessions.remove(session);
    }
}
