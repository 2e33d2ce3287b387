package dev.musicbot.testkit.voice.dave;

import static dev.musicbot.testkit.voice.dave.DaveTests.bytes;
import static dev.musicbot.testkit.voice.dave.DaveTests.direct;

import club.minnced.discord.jdave.DaveCodec;
import club.minnced.discord.jdave.DaveDecryptor.DaveDecryptResultType;
import club.minnced.discord.jdave.DaveEncryptor.DaveEncryptResultType;
import club.minnced.discord.jdave.DaveMediaType;
import club.minnced.discord.jdave.manager.DaveSessionManager;
import club.minnced.discord.jdave.manager.DaveSessionManagerCallbacks;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A DAVE group member in the test JVM: JDAVE's session manager with what it sends recorded. */
final class Participant implements DaveSessionManagerCallbacks, AutoCloseable {
    final long userId;
    final DaveSessionManager manager;
    final List<byte[]> keyPackages = new ArrayList<>();
    final List<byte[]> commitWelcomes = new ArrayList<>();
    final List<Integer> readyTransitions = new ArrayList<>();
    final List<Integer> invalidTransitions = new ArrayList<>();

    Participant(long userId, long channelId) {
        this.userId = userId;
        this.manager = DaveSessionManager.create(userId, channelId, this);
    }

    /** op 4 with dave_protocol_version 1, then op 25: the member makes its pending group and a key package. */
    void connect(ExternalSender server) {
        manager.onSelectProtocolAck(1);
        manager.onDaveProtocolMLSExternalSenderPackage(direct(server.externalSenderPackage()));
    }

    byte[] keyPackage() {
        return keyPackages.getLast();
    }

    /** op 27; returns the op 28 the member answers with, if it answers. */
    Optional<CommitWelcome> propose(byte[] payload) {
        int before = commitWelcomes.size();
        manager.onMLSProposals(direct(payload));
        return commitWelcomes.size() > before
                ? Optional.of(CommitWelcome.parse(commitWelcomes.getLast()))
                : Optional.empty();
    }

    byte[] encrypt(int ssrc, byte[] frame) {
        ByteBuffer out = ByteBuffer.allocateDirect(manager.getMaxEncryptedFrameSize(DaveMediaType.AUDIO, frame.length));
        DaveEncryptResultType result = manager.encrypt(DaveMediaType.AUDIO, ssrc, direct(frame), out);
        if (result != DaveEncryptResultType.SUCCESS) {
            throw new IllegalStateException("encrypt: " + result);
        }
        return bytes(out);
    }

    Optional<byte[]> decrypt(long sender, byte[] frame) {
        ByteBuffer out = ByteBuffer.allocateDirect(
                manager.getMaxDecryptedFrameSize(DaveMediaType.AUDIO, sender, frame.length) + 16);
        DaveDecryptResultType result = manager.decrypt(DaveMediaType.AUDIO, sender, direct(frame), out);
        return result == DaveDecryptResultType.SUCCESS ? Optional.of(bytes(out)) : Optional.empty();
    }

    void sendsOpus(int ssrc) {
        manager.assignSsrcToCodec(DaveCodec.OPUS, ssrc);
    }

    @Override
    public void sendMLSKeyPackage(ByteBuffer mlsKeyPackage) {
        keyPackages.add(bytes(mlsKeyPackage));
    }

    @Override
    public void sendDaveProtocolReadyForTransition(int transitionId) {
        readyTransitions.add(transitionId);
    }

    @Override
    public void sendMLSCommitWelcome(ByteBuffer commitWelcomeMessage) {
        commitWelcomes.add(bytes(commitWelcomeMessage));
    }

    @Override
    public void sendMLSInvalidCommitWelcome(int transitionId) {
        invalidTransitions.add(transitionId);
    }

    @Override
    public void close() {
        manager.close();
    }
}
