package dev.musicbot.runtime.discord;

import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import net.dv8tion.jda.api.audio.dave.DaveProtocolCallbacks;
import net.dv8tion.jda.api.audio.dave.DaveSession;

/**
 * The DAVE session JDA is given: it hands everything to JDAVE's (or JDA's pass-through) session and watches what
 * goes by, because JDA keeps its own session to itself and only throws "Failed to encrypt audio" when encryption
 * fails. It records the negotiated protocol version, the MLS epoch (read from each commit's framing, which is in
 * the clear), the transitions executed and the failures, and tells its {@link Observer} about them.
 */
final class MonitoredDaveSession implements DaveSession {
    /** What the monitor learns from one session; called on JDA's threads, so it must not block. */
    interface Observer {
        /** The voice server chose a protocol version (op 4, or a transition to another version executed). */
        void negotiated(MonitoredDaveSession session, int protocolVersion);

        void transitionExecuted(MonitoredDaveSession session);

        void encryptFailed(MonitoredDaveSession session);

        void decryptFailed(MonitoredDaveSession session);

        void destroyed(MonitoredDaveSession session);
    }

    private final DaveSession delegate;
    private final long channelId;
    private final Observer observer;
    private volatile int protocolVersion = -1;
    private volatile long epoch = -1;
    private final AtomicLong transitions = new AtomicLong();
    private final AtomicLong encryptFailures = new AtomicLong();
    private final AtomicLong decryptFailures = new AtomicLong();
    private final AtomicLong rejectedCommits = new AtomicLong();
    /** By transition id: the epoch the group enters when that transition executes (-1: unknown, a Welcome). */
    private final Map<Integer, Long> pendingEpochs = new ConcurrentHashMap<>();
    /** By transition id: the protocol version a prepare_transition (op 21) announced. */
    private final Map<Integer, Integer> pendingVersions = new ConcurrentHashMap<>();

    private MonitoredDaveSession(DaveSession delegate, long channelId, Observer observer) {
        this.delegate = delegate;
        this.channelId = channelId;
        this.observer = observer;
    }

    /**
     * Creates the delegate with callbacks that let this session see the bot's reports of rejected commits (op 31)
     * before they go to the voice server.
     */
    static MonitoredDaveSession create(
            Delegates delegates, DaveProtocolCallbacks callbacks, long userId, long channelId, Observer observer) {
        MonitoredDaveSession[] self = new MonitoredDaveSession[1];
        DaveProtocolCallbacks watched = new DaveProtocolCallbacks() {
            @Override
            public void sendMLSKeyPackage(ByteBuffer keyPackage) {
                callbacks.sendMLSKeyPackage(keyPackage);
            }

            @Override
            public void sendDaveProtocolReadyForTransition(int transitionId) {
                callbacks.sendDaveProtocolReadyForTransition(transitionId);
            }

            @Override
            public void sendMLSCommitWelcome(ByteBuffer commitWelcome) {
                callbacks.sendMLSCommitWelcome(commitWelcome);
            }

            @Override
            public void sendMLSInvalidCommitWelcome(int transitionId) {
                MonitoredDaveSession session = self[0];
                if (session != null) {
                    session.rejected(transitionId);
                }
                callbacks.sendMLSInvalidCommitWelcome(transitionId);
            }
        };
        MonitoredDaveSession session =
                new MonitoredDaveSession(delegates.create(watched, userId, channelId), channelId, observer);
        self[0] = session;
        return session;
    }

    /** Makes the session being watched. */
    @FunctionalInterface
    interface Delegates {
        DaveSession create(DaveProtocolCallbacks callbacks, long userId, long channelId);
    }

    long channelId() {
        return channelId;
    }

    DaveStatus status() {
        return new DaveStatus(
                channelId,
                protocolVersion,
                epoch,
                transitions.get(),
                encryptFailures.get(),
                decryptFailures.get(),
                rejectedCommits.get());
    }

    private void rejected(int transitionId) {
        rejectedCommits.incrementAndGet();
        pendingEpochs.remove(transitionId);
    }

    private void execute(int transitionId) {
        Long next = pendingEpochs.remove(transitionId);
        if (next != null) {
            epoch = next;
        }
        Integer version = pendingVersions.remove(transitionId);
        transitions.incrementAndGet();
        observer.transitionExecuted(this);
        if (version != null && version != protocolVersion) {
            protocolVersion = version;
            observer.negotiated(this, version);
        }
    }

    /**
     * The epoch a commit moves the group to: one after the epoch it is framed in. Both framings of an MLS
     * message (RFC 9420: {@code PublicMessage} and {@code PrivateMessage}) begin with the group id and the epoch,
     * after the protocol version and the wire format; -1 if the bytes are not such a message.
     */
    static long epochAfter(ByteBuffer commit) {
        ByteBuffer in = commit.duplicate();
        try {
            int version = Short.toUnsignedInt(in.getShort());
            int wireFormat = Short.toUnsignedInt(in.getShort());
            if (version != 1 || (wireFormat != 1 && wireFormat != 2)) {
                return -1;
            }
            long groupIdLength = varint(in);
            if (groupIdLength < 0 || groupIdLength > in.remaining()) {
                return -1;
            }
            in.position(in.position() + (int) groupIdLength);
            long framed = in.getLong();
            return framed < 0 ? -1 : framed + 1;
        } catch (RuntimeException e) { // too short
            return -1;
        }
    }

    /** An MLS variable-length integer (RFC 9420 section 2.1.2), or -1 if malformed. */
    private static long varint(ByteBuffer in) {
        int first = Byte.toUnsignedInt(in.get());
        int prefix = first >>> 6;
        long value = first & 0x3f;
        int more =
                switch (prefix) {
                    case 0 -> 0;
                    case 1 -> 1;
                    case 2 -> 3;
                    default -> -1;
                };
        if (more < 0) {
            return -1;
        }
        for (int i = 0; i < more; i++) {
            value = (value << 8) | Byte.toUnsignedInt(in.get());
        }
        return value;
    }

    @Override
    public int getMaxProtocolVersion() {
        return delegate.getMaxProtocolVersion();
    }

    @Override
    public int getMaxEncryptedFrameSize(MediaType type, int frameSize) {
        return delegate.getMaxEncryptedFrameSize(type, frameSize);
    }

    @Override
    public int getMaxDecryptedFrameSize(MediaType type, long userId, int frameSize) {
        return delegate.getMaxDecryptedFrameSize(type, userId, frameSize);
    }

    @Override
    public void assignSsrcToCodec(Codec codec, int ssrc) {
        delegate.assignSsrcToCodec(codec, ssrc);
    }

    @Override
    public boolean encrypt(MediaType type, int ssrc, ByteBuffer audio, ByteBuffer encrypted) {
        boolean done = delegate.encrypt(type, ssrc, audio, encrypted);
        if (!done) {
            encryptFailures.incrementAndGet();
            observer.encryptFailed(this);
        }
        return done;
    }

    @Override
    public boolean decrypt(MediaType type, long userId, ByteBuffer encrypted, ByteBuffer decrypted) {
        boolean done = delegate.decrypt(type, userId, encrypted, decrypted);
        if (!done) {
            decryptFailures.incrementAndGet();
            observer.decryptFailed(this);
        }
        return done;
    }

    @Override
    public void addUser(long userId) {
        delegate.addUser(userId);
    }

    @Override
    public void removeUser(long userId) {
        delegate.removeUser(userId);
    }

    @Override
    public void initialize() {
        delegate.initialize();
    }

    @Override
    public void destroy() {
        try {
            delegate.destroy();
        } finally {
            observer.destroyed(this);
        }
    }

    @Override
    public void onSelectProtocolAck(int version) {
        delegate.onSelectProtocolAck(version);
        protocolVersion = version;
        observer.negotiated(this, version);
    }

    @Override
    public void onDaveProtocolPrepareTransition(int transitionId, int version) {
        pendingVersions.put(transitionId, version);
        delegate.onDaveProtocolPrepareTransition(transitionId, version);
    }

    @Override
    public void onDaveProtocolExecuteTransition(int transitionId) {
        delegate.onDaveProtocolExecuteTransition(transitionId);
        execute(transitionId);
    }

    @Override
    public void onDaveProtocolPrepareEpoch(long epoch, int version) {
        delegate.onDaveProtocolPrepareEpoch(epoch, version);
        if (epoch == 1) {
            this.epoch = -1; // a new group: no commit yet
        }
    }

    @Override
    public void onDaveProtocolMLSExternalSenderPackage(ByteBuffer externalSender) {
        delegate.onDaveProtocolMLSExternalSenderPackage(externalSender);
    }

    @Override
    public void onMLSProposals(ByteBuffer proposals) {
        delegate.onMLSProposals(proposals);
    }

    @Override
    public void onMLSPrepareCommitTransition(int transitionId, ByteBuffer commit) {
        long next = epochAfter(commit);
        pendingEpochs.put(transitionId, next);
        delegate.onMLSPrepareCommitTransition(transitionId, commit);
        if (transitionId == 0) { // executed at once, no op 22 follows
            Long now = pendingEpochs.remove(0);
            if (now != null) {
                epoch = now;
            }
        }
    }

    @Override
    public void onMLSWelcome(int transitionId, ByteBuffer welcome) {
        pendingEpochs.put(transitionId, -1L); // a Welcome's group info is encrypted
        delegate.onMLSWelcome(transitionId, welcome);
        if (transitionId == 0) {
            pendingEpochs.remove(0);
            epoch = -1;
        }
    }
}
