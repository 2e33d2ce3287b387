package dev.musicbot.runtime.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.musicbot.runtime.config.BotConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.audio.dave.DaveProtocolCallbacks;
import net.dv8tion.jda.api.audio.dave.DaveSession;
import org.junit.jupiter.api.Test;

/**
 * The wrapper around the DAVE session JDA is given, with a stand-in for JDAVE's session (libdave is not needed):
 * what it reads from the calls JDA makes (version, epoch, transitions, failures), the metrics, and the refusal of a
 * connection without DAVE when DAVE is required.
 */
class DaveMonitorTest {
    private static final long CHANNEL = 1_000_000_000_000_000_042L;
    private static final DaveSupport AVAILABLE = new DaveSupport(true, 1, null);
    private static final DaveSupport MISSING = new DaveSupport(false, 0, "libdave needs glibc 2.38 or newer");

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final List<String> refused = new CopyOnWriteArrayList<>();
    private final Callbacks callbacks = new Callbacks();
    private StandIn standIn;

    @Test
    void versionEpochTransitionsAndFailuresAreRecordedAndCounted() {
        DaveMonitor monitor = monitor(BotConfig.DaveMode.REQUIRED, AVAILABLE);
        DaveSession session = session(monitor);
        assertThat(monitor.connections()).singleElement().satisfies(s -> {
            assertThat(s.protocolVersion()).as("before op 4").isEqualTo(-1);
            assertThat(s.epoch()).isEqualTo(-1);
        });

        session.onSelectProtocolAck(1);
        session.onDaveProtocolPrepareEpoch(1, 1);
        session.onMLSPrepareCommitTransition(7, commit(0));
        assertThat(monitor.connections().getFirst().epoch())
                .as("not before the transition executes")
                .isEqualTo(-1);
        session.onDaveProtocolExecuteTransition(7);
        session.onMLSPrepareCommitTransition(8, commit(1));
        session.onDaveProtocolExecuteTransition(8);
        standIn.encrypts = false;
        session.encrypt(DaveSession.MediaType.AUDIO, 1, ByteBuffer.allocate(3), ByteBuffer.allocate(64));
        session.encrypt(DaveSession.MediaType.AUDIO, 1, ByteBuffer.allocate(3), ByteBuffer.allocate(64));
        standIn.encrypts = true;
        session.encrypt(DaveSession.MediaType.AUDIO, 1, ByteBuffer.allocate(3), ByteBuffer.allocate(64));

        DaveStatus status = monitor.connections().getFirst();
        assertThat(status).isEqualTo(new DaveStatus(CHANNEL, 1, 2, 2, 2, 0, 0));
        assertThat(status.describe())
                .isEqualTo("channel " + CHANNEL + ": DAVE protocol version 1, epoch 2, 2 transition(s), 2 encrypt"
                        + " failure(s), 0 decrypt failure(s), 0 rejected commit(s)");
        assertThat(meters.counter("musicbot.dave.transitions").count()).isEqualTo(2);
        assertThat(meters.counter("musicbot.dave.encrypt.failures").count()).isEqualTo(2);
        assertThat(refused).isEmpty();
        assertThat(standIn.calls)
                .as("every call reached the real session")
                .containsExactly(
                        "ack 1",
                        "epoch 1",
                        "commit 7",
                        "execute 7",
                        "commit 8",
                        "execute 8",
                        "encrypt",
                        "encrypt",
                        "encrypt");

        session.destroy();
        assertThat(monitor.connections()).isEmpty();
    }

    @Test
    void aRejectedCommitKeepsTheEpochAndAWelcomeMakesItUnknown() {
        DaveMonitor monitor = monitor(BotConfig.DaveMode.REQUIRED, AVAILABLE);
        DaveSession session = session(monitor);
        session.onSelectProtocolAck(1);
        session.onMLSPrepareCommitTransition(3, commit(4));
        session.onDaveProtocolExecuteTransition(3);
        session.onMLSPrepareCommitTransition(4, commit(5));
        standIn.callbacks.sendMLSInvalidCommitWelcome(4); // what JDAVE does when libdave rejects the commit
        session.onDaveProtocolExecuteTransition(4);
        assertThat(callbacks.invalid)
                .as("the report still goes to the voice server")
                .containsExactly(4);
        assertThat(monitor.connections().getFirst().epoch()).isEqualTo(5);
        assertThat(monitor.connections().getFirst().rejectedCommits()).isEqualTo(1);

        session.onMLSWelcome(9, ByteBuffer.wrap(new byte[] {0, 2, 1, 2, 3}));
        session.onDaveProtocolExecuteTransition(9);
        assertThat(monitor.connections().getFirst().epoch())
                .as("a Welcome's group info is encrypted")
                .isEqualTo(-1);
        assertThat(monitor.connections().getFirst().transitions()).isEqualTo(3);
    }

    @Test
    void version0IsRefusedOnlyWhenDaveIsRequired() throws Exception {
        DaveMonitor required = monitor(BotConfig.DaveMode.REQUIRED, AVAILABLE);
        session(required).onSelectProtocolAck(0);
        awaitRefusals(1);
        assertThat(refused.getFirst())
                .startsWith(CHANNEL + ": Sorry, I left the voice channel")
                .contains("end-to-end encrypted (DAVE)");
        assertThat(meters.counter("musicbot.dave.refused.connections").count()).isEqualTo(1);

        refused.clear();
        DaveMonitor preferred = monitor(BotConfig.DaveMode.PREFERRED, AVAILABLE);
        session(preferred).onSelectProtocolAck(0);
        Thread.sleep(200);
        assertThat(refused).isEmpty();
        assertThat(preferred.connections().getFirst().protocolVersion()).isZero();
    }

    @Test
    void aDowngradeToVersion0IsRefusedWhenItExecutes() throws Exception {
        DaveMonitor monitor = monitor(BotConfig.DaveMode.REQUIRED, AVAILABLE);
        DaveSession session = session(monitor);
        session.onSelectProtocolAck(1);
        session.onDaveProtocolPrepareTransition(12, 0);
        Thread.sleep(100);
        assertThat(refused).as("only announced").isEmpty();
        session.onDaveProtocolExecuteTransition(12);
        awaitRefusals(1);
        assertThat(monitor.connections().getFirst().protocolVersion()).isZero();
    }

    @Test
    void withoutTheNativesJoiningIsRefusedOnlyWhenDaveIsRequired() {
        assertThat(monitor(BotConfig.DaveMode.REQUIRED, MISSING).refusal())
                .hasValueSatisfying(text -> assertThat(text.in(java.util.Locale.ENGLISH))
                        .startsWith("Sorry, I can't join voice")
                        .contains("`musicbot doctor`"));
        assertThat(monitor(BotConfig.DaveMode.PREFERRED, MISSING).refusal()).isEmpty();
        assertThat(monitor(BotConfig.DaveMode.REQUIRED, AVAILABLE).refusal()).isEmpty();
    }

    @Test
    void theEpochIsReadFromBothFramingsOfACommit() {
        assertThat(MonitoredDaveSession.epochAfter(commit(41))).isEqualTo(42);
        ByteBuffer privateMessage = commit(6);
        privateMessage.putShort(2, (short) 2);
        assertThat(MonitoredDaveSession.epochAfter(privateMessage)).isEqualTo(7);
        assertThat(MonitoredDaveSession.epochAfter(ByteBuffer.wrap(new byte[] {0, 1, 0, 1, 8})))
                .as("cut short")
                .isEqualTo(-1);
        assertThat(MonitoredDaveSession.epochAfter(ByteBuffer.wrap(new byte[] {0, 1, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0})))
                .as("a Welcome, not a framed message")
                .isEqualTo(-1);
        ByteBuffer read = commit(3);
        MonitoredDaveSession.epochAfter(read);
        assertThat(read.position())
                .as("the session still reads it from the start")
                .isZero();
    }

    private DaveMonitor monitor(BotConfig.DaveMode mode, DaveSupport support) {
        DaveMonitor monitor = new DaveMonitor(mode, support, meters);
        monitor.onRefusal((channel, reply) -> refused.add(channel + ": " + reply));
        return monitor;
    }

    private DaveSession session(DaveMonitor monitor) {
        return monitor.wrapping((given, userId, channelId) -> {
                    standIn = new StandIn(given);
                    return standIn;
                })
                .createDaveSession(callbacks, 7L, CHANNEL);
    }

    private void awaitRefusals(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (refused.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(refused).hasSize(count);
    }

    /** An MLS PublicMessage's start: version 1, wire format 1, an 8-byte group id, then the epoch it is framed in. */
    private static ByteBuffer commit(long epoch) {
        ByteBuffer commit = ByteBuffer.allocate(2 + 2 + 1 + 8 + 8 + 4);
        commit.putShort((short) 1)
                .putShort((short) 1)
                .put((byte) 8)
                .putLong(CHANNEL)
                .putLong(epoch);
        commit.put(new byte[] {1, 2, 3, 4});
        return commit.flip();
    }

    private static final class Callbacks implements DaveProtocolCallbacks {
        final List<Integer> invalid = new ArrayList<>();

        @Override
        public void sendMLSKeyPackage(ByteBuffer keyPackage) {}

        @Override
        public void sendDaveProtocolReadyForTransition(int transitionId) {}

        @Override
        public void sendMLSCommitWelcome(ByteBuffer commitWelcome) {}

        @Override
        public void sendMLSInvalidCommitWelcome(int transitionId) {
            invalid.add(transitionId);
        }
    }

    /** Stands in for JDAVE's session: records the calls, encrypts when told to. */
    private static final class StandIn implements DaveSession {
        final DaveProtocolCallbacks callbacks;
        final List<String> calls = new ArrayList<>();
        boolean encrypts = true;

        StandIn(DaveProtocolCallbacks callbacks) {
            this.callbacks = callbacks;
        }

        @Override
        public int getMaxProtocolVersion() {
            return 1;
        }

        @Override
        public int getMaxEncryptedFrameSize(MediaType type, int frameSize) {
            return frameSize * 2;
        }

        @Override
        public int getMaxDecryptedFrameSize(MediaType type, long userId, int frameSize) {
            return frameSize;
        }

        @Override
        public void assignSsrcToCodec(Codec codec, int ssrc) {}

        @Override
        public boolean encrypt(MediaType type, int ssrc, ByteBuffer audio, ByteBuffer encrypted) {
            calls.add("encrypt");
            return encrypts;
        }

        @Override
        public boolean decrypt(MediaType type, long userId, ByteBuffer encrypted, ByteBuffer decrypted) {
            return true;
        }

        @Override
        public void addUser(long userId) {}

        @Override
        public void removeUser(long userId) {}

        @Override
        public void initialize() {}

        @Override
        public void destroy() {}

        @Override
        public void onSelectProtocolAck(int version) {
            calls.add("ack " + version);
        }

        @Override
        public void onDaveProtocolPrepareTransition(int transitionId, int version) {}

        @Override
        public void onDaveProtocolExecuteTransition(int transitionId) {
            calls.add("execute " + transitionId);
        }

        @Override
        public void onDaveProtocolPrepareEpoch(long epoch, int version) {
            calls.add("epoch " + epoch);
        }

        @Override
        public void onDaveProtocolMLSExternalSenderPackage(ByteBuffer externalSender) {}

        @Override
        public void onMLSProposals(ByteBuffer proposals) {}

        @Override
        public void onMLSPrepareCommitTransition(int transitionId, ByteBuffer commit) {
            calls.add("commit " + transitionId);
        }

        @Override
        public void onMLSWelcome(int transitionId, ByteBuffer welcome) {}
    }
}
