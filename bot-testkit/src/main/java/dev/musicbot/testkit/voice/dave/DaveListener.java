package dev.musicbot.testkit.voice.dave;

import club.minnced.discord.jdave.DaveDecryptor.DaveDecryptResultType;
import club.minnced.discord.jdave.DaveMediaType;
import club.minnced.discord.jdave.manager.DaveSessionManager;
import club.minnced.discord.jdave.manager.DaveSessionManagerCallbacks;
import java.nio.ByteBuffer;
import java.util.Optional;

/**
 * A simulated listener that is a real DAVE participant: JDAVE's {@link DaveSessionManager} (libdave) in the test
 * JVM, fed by the voice server as Discord's voice gateway would feed a client. What it sends goes to {@link Outbox}.
 * libdave's log goes to the SLF4J logger {@code club.minnced.discord.jdave.ffi.LibDave} (parse errors are only
 * visible there).
 */
final class DaveListener implements DaveSessionManagerCallbacks, AutoCloseable {
    /** Where the listener's messages to the voice server go. */
    interface Outbox {
        void keyPackage(long userId, byte[] keyPackage);

        void commitWelcome(long userId, byte[] payload);

        void ready(long userId, int transitionId);

        void invalid(long userId, int transitionId);
    }

    private final long userId;
    private final Outbox outbox;
    private final DaveSessionManager manager;

    DaveListener(long userId, long channelId, Outbox outbox) {
        this.userId = userId;
        this.outbox = outbox;
        this.manager = DaveSessionManager.create(userId, channelId, this);
    }

    long userId() {
        return userId;
    }

    /** op 11 / op 13 for another member of the call. */
    void connected(long user) {
        manager.addUser(user);
    }

    void disconnected(long user) {
        manager.removeUser(user);
    }

    /** op 4 with protocol version 1, then op 25. */
    void start(byte[] externalSenderPackage) {
        manager.onSelectProtocolAck(1);
        manager.onDaveProtocolMLSExternalSenderPackage(direct(externalSenderPackage));
    }

    void proposals(byte[] payload) {
        manager.onMLSProposals(direct(payload));
    }

    void commit(int transitionId, byte[] commit) {
        manager.onMLSPrepareCommitTransition(transitionId, direct(commit));
    }

    void welcome(int transitionId, byte[] welcome) {
        manager.onMLSWelcome(transitionId, direct(welcome));
    }

    void execute(int transitionId) {
        manager.onDaveProtocolExecuteTransition(transitionId);
    }

    /** Decrypts a DAVE audio frame from {@code sender}; empty when libdave refuses it. */
    Optional<byte[]> decrypt(long sender, byte[] frame) {
        ByteBuffer out = ByteBuffer.allocateDirect(
                manager.getMaxDecryptedFrameSize(DaveMediaType.AUDIO, sender, frame.length) + 64);
        DaveDecryptResultType result = manager.decrypt(DaveMediaType.AUDIO, sender, direct(frame), out);
        return result == DaveDecryptResultType.SUCCESS ? Optional.of(bytes(out)) : Optional.empty();
    }

    @Override
    public void sendMLSKeyPackage(ByteBuffer mlsKeyPackage) {
        outbox.keyPackage(userId, bytes(mlsKeyPackage));
    }

    @Override
    public void sendDaveProtocolReadyForTransition(int transitionId) {
        outbox.ready(userId, transitionId);
    }

    @Override
    public void sendMLSCommitWelcome(ByteBuffer commitWelcomeMessage) {
        outbox.commitWelcome(userId, bytes(commitWelcomeMessage));
    }

    @Override
    public void sendMLSInvalidCommitWelcome(int transitionId) {
        outbox.invalid(userId, transitionId);
    }

    @Override
    public void close() {
        manager.close();
    }

    /** JDAVE hands libdave the buffer's memory: it must be direct. */
    static ByteBuffer direct(byte[] bytes) {
        return ByteBuffer.allocateDirect(bytes.length).put(bytes).flip();
    }

    static byte[] bytes(ByteBuffer buffer) {
        byte[] out = new byte[buffer.remaining()];
        buffer.duplicate().get(out);
        return out;
    }
}
