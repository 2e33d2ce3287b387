package dev.musicbot.testkit.voice;

import dev.musicbot.testkit.audio.OpusFrameDecoder;
import dev.musicbot.testkit.voice.dave.DaveMode;
import dev.musicbot.testkit.voice.dave.DaveStats;
import dev.musicbot.testkit.voice.dave.DaveVoiceGateway;
import dev.musicbot.testkit.voice.dave.DaveWire;
import java.net.InetSocketAddress;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.java_websocket.WebSocket;

/**
 * One voice session of the bot in one guild: its ssrc, UDP socket, negotiated encryption and current WebSocket.
 * It survives WebSocket resumes and ends when the bot leaves, the socket closes with 1000, or the simulator
 * closes it with a non-resumable code.
 */
public final class VoiceConnection {
    private static final int MAX_STRAY_SAMPLES = 8;
    private static final int STRAY_SAMPLE_BYTES = 48;

    private final String guildId;
    private final String sessionId;
    private final String token;
    private final long ssrc;
    private final VoiceSink sink;
    private final VoiceServer server;
    private final UdpReceiver udp;
    private final OpusFrameDecoder decoder = new OpusFrameDecoder();
    private final AtomicInteger sequence = new AtomicInteger();
    private final List<Integer> speaking = new ArrayList<>();
    private final AtomicLong discoveryRequests = new AtomicLong();
    private final AtomicLong audioPackets = new AtomicLong();
    private final AtomicLong droppedPackets = new AtomicLong();
    private final AtomicLong decryptFailures = new AtomicLong();
    private final AtomicLong decodeFailures = new AtomicLong();
    private final AtomicLong strayDatagrams = new AtomicLong();
    private final List<String> straySamples = new ArrayList<>();

    private volatile WebSocket socket;
    private volatile TransportDecryptor decryptor;
    private volatile boolean ready;
    private volatile boolean ended;
    private volatile int resumes;
    private volatile long userId;
    private volatile int maxDaveProtocolVersion;
    private volatile DaveVoiceGateway dave;

    VoiceConnection(String guildId, String sessionId, String token, long ssrc, VoiceSink sink, VoiceServer server) {
        this.guildId = guildId;
        this.server = server;
        this.sessionId = sessionId;
        this.token = token;
        this.ssrc = ssrc;
        this.sink = sink;
        this.udp = new UdpReceiver(this::onDatagram);
    }

    /** The guild (voice {@code server_id}). */
    public String guildId() {
        return guildId;
    }

    /** The bot's voice session id (from its voice state). */
    public String sessionId() {
        return sessionId;
    }

    /** The ssrc assigned in READY. */
    public long ssrc() {
        return ssrc;
    }

    /** The UDP port announced in READY. */
    public int udpPort() {
        return udp.port();
    }

    /** The mode the client selected, once SELECT_PROTOCOL arrived. */
    public Optional<EncryptionMode> encryptionMode() {
        TransportDecryptor current = decryptor;
        return current == null ? Optional.empty() : Optional.of(current.mode());
    }

    /** Whether SESSION_DESCRIPTION was sent, i.e. the client can send audio. */
    public boolean isReady() {
        return ready && !ended;
    }

    /** Whether a WebSocket is attached and open. */
    public boolean isSocketOpen() {
        WebSocket current = socket;
        return current != null && current.isOpen();
    }

    /** Whether the session is over (it can no longer be resumed). */
    public boolean isEnded() {
        return ended;
    }

    /** How often the WebSocket was resumed. */
    public int resumes() {
        return resumes;
    }

    /** The {@code speaking} values of the SPEAKING (op 5) messages the client sent, in order. */
    public synchronized List<Integer> speaking() {
        return List.copyOf(speaking);
    }

    /** DAVE in this session, if protocol version 1 was negotiated. */
    public Optional<DaveStats> dave() {
        return daveGateway().map(DaveVoiceGateway::stats);
    }

    /** The max_dave_protocol_version of the client's IDENTIFY. */
    public int maxDaveProtocolVersion() {
        return maxDaveProtocolVersion;
    }

    Optional<DaveVoiceGateway> daveGateway() {
        return Optional.ofNullable(dave);
    }

    void identified(long user, int maxDaveVersion) {
        this.userId = user;
        this.maxDaveProtocolVersion = maxDaveVersion;
    }

    /** Starts DAVE after SESSION_DESCRIPTION announced protocol version 1. */
    void startDave(DaveWire wire, DaveMode mode) {
        DaveVoiceGateway gateway =
                new DaveVoiceGateway(userId, sink.voiceChannelId(), wire, mode, sink::damageDaveMessage);
        this.dave = gateway;
        gateway.start(sink.listenerIds());
    }

    /** The members of the bot's voice channel changed. */
    public void listenersChanged() {
        DaveVoiceGateway gateway = dave;
        if (gateway != null && !ended) {
            gateway.listenersAre(sink.listenerIds());
            sink.connectionChanged(this);
        }
    }

    /** UDP traffic counters. */
    public VoiceStats stats() {
        return new VoiceStats(
                discoveryRequests.get(),
                audioPackets.get(),
                droppedPackets.get(),
                decryptFailures.get(),
                decodeFailures.get(),
                strayDatagrams.get());
    }

    /**
     * The first few datagrams that were neither IP discovery nor RTP audio, each as its length and its leading
     * bytes in hex (for a test that must say what the bot sent instead of audio).
     */
    public synchronized List<String> straySamples() {
        return List.copyOf(straySamples);
    }

    /**
     * Closes the WebSocket with a close code, as Discord's voice server would. 4006, 4014, 4015 and other codes
     * JDA cannot resume from also end the session; other codes (e.g. 4000) let the client resume.
     */
    public void close(int code) {
        server.close(this, code);
    }

    /** The endpoint ({@code localhost:PORT}) of the voice server hosting this session. */
    public String endpoint() {
        return server.endpoint();
    }

    boolean matches(String guild, String session, String voiceToken) {
        return guildId.equals(guild) && sessionId.equals(session) && token.equals(voiceToken);
    }

    WebSocket socket() {
        return socket;
    }

    void attach(WebSocket webSocket) {
        this.socket = webSocket;
        sink.connectionChanged(this);
    }

    void detach(WebSocket webSocket) {
        if (socket == webSocket) {
            socket = null;
            sink.connectionChanged(this);
        }
    }

    void resumed(WebSocket webSocket) {
        resumes++;
        attach(webSocket);
    }

    int nextSequence() {
        return sequence.incrementAndGet();
    }

    /** Installs the key; called before SESSION_DESCRIPTION is sent so that no early packet is lost. */
    void keyed(TransportDecryptor transport) {
        this.decryptor = transport;
    }

    /** Marks the session ready; called after SESSION_DESCRIPTION was handed to the socket. */
    void described() {
        this.ready = true;
        sink.connectionChanged(this);
    }

    synchronized void speaking(int value) {
        speaking.add(value);
    }

    void end() {
        if (!ended) {
            ended = true;
            udp.close();
            DaveVoiceGateway gateway = dave;
            if (gateway != null) {
                gateway.close();
            }
            sink.connectionChanged(this);
        }
    }

    private void onDatagram(byte[] data, int length, InetSocketAddress from, long arrivalNanos) {
        if (sink.dropDatagram()) {
            droppedPackets.incrementAndGet();
        } else if (IpDiscovery.isRequest(data, length)) {
            discoveryRequests.incrementAndGet();
            udp.send(
                    IpDiscovery.response(
                            IpDiscovery.requestSsrc(data), from.getAddress().getHostAddress(), from.getPort()),
                    from);
        } else if (!RtpHeader.looksLikeAudio(data, length)) {
            strayDatagrams.incrementAndGet();
            sampleStray(data, length);
        } else {
            audioPackets.incrementAndGet();
            onAudio(data, length, arrivalNanos);
        }
    }

    private synchronized void sampleStray(byte[] data, int length) {
        if (straySamples.size() < MAX_STRAY_SAMPLES) {
            String bytes = HexFormat.of().formatHex(data, 0, Math.min(length, STRAY_SAMPLE_BYTES));
            straySamples.add(
                    length + " bytes" + (length == 0 ? "" : ": " + bytes) + (length > STRAY_SAMPLE_BYTES ? "..." : ""));
        }
    }

    private void onAudio(byte[] data, int length, long arrivalNanos) {
        RtpHeader header = RtpHeader.parse(data, length);
        sink.timeline().record(arrivalNanos, header.sequence(), length);
        if (!sink.decodes()) {
            return;
        }
        TransportDecryptor transport = decryptor;
        byte[] opus;
        try {
            if (transport == null) {
                throw new GeneralSecurityException("No key yet");
            }
            opus = transport.open(data, length);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            decryptFailures.incrementAndGet();
            return;
        }
        DaveVoiceGateway gateway = dave;
        if (gateway != null) {
            Optional<byte[]> plain = gateway.open(opus);
            if (plain.isEmpty()) {
                decryptFailures.incrementAndGet();
                return;
            }
            opus = plain.get();
        }
        short[] pcm;
        try {
            pcm = decoder.decode(opus);
        } catch (IllegalArgumentException e) {
            decodeFailures.incrementAndGet();
            return;
        }
        sink.recorder().record(arrivalNanos, header.ssrc(), header.sequence(), header.timestamp(), opus.length, pcm);
    }
}
