package dev.musicbot.testkit.voice.dave;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The external sender against real libdave sessions (JDAVE's {@code DaveSessionManager}, as JDA uses it): members
 * accept its op 25 package and its signed proposals, commit them, and a member added by a Welcome derives the same
 * media keys as the committer, so a frame one encrypts the other decrypts.
 */
@Tag("dave")
class ExternalSenderDaveTest {
    private static final long CHANNEL = 1_234_567_890_123_456_789L;
    private static final long BOT = 1_111_111_111_111_111_111L;
    private static final long LISTENER = 2_222_222_222_222_222_222L;
    private static final long SECOND_LISTENER = 3_333_333_333_333_333_333L;
    private static final int BOT_SSRC = 4242;

    private final ExternalSender server = ExternalSender.create(CHANNEL);
    private Participant bot;
    private Participant listener;
    private Participant second;

    @BeforeEach
    void connect() {
        DaveTests.requireLibDave();
        bot = new Participant(BOT, CHANNEL);
        listener = new Participant(LISTENER, CHANNEL);
        second = new Participant(SECOND_LISTENER, CHANNEL);
        bot.sendsOpus(BOT_SSRC);
    }

    @AfterEach
    void close() {
        for (Participant participant : new Participant[] {bot, listener, second}) {
            if (participant != null) {
                participant.close();
            }
        }
    }

    @Test
    void keyPackagesAreWhatTheVoiceServerValidates() {
        bot.connect(server);
        KeyPackageInfo info = KeyPackageInfo.parse(bot.keyPackage());
        assertThat(info).isEqualTo(new KeyPackageInfo(2, BOT, 0, -1L));
        assertThat(info.acceptableFor(BOT)).isTrue();
        assertThat(info.acceptableFor(LISTENER)).isFalse();
    }

    @Test
    void aListenerWelcomedToTheBotsGroupDecryptsTheBotsFrames() {
        CommitWelcome first = createGroup();

        assertThat(first.epoch()).isZero();
        assertThat(first.committer()).isZero();
        assertThat(first.welcome()).isPresent();
        assertThat(bot.readyTransitions).containsExactly(1);
        assertThat(listener.readyTransitions).containsExactly(1);
        assertThat(bot.invalidTransitions).isEmpty();
        assertThat(listener.invalidTransitions).isEmpty();
        assertEncryptedFor(List.of(listener), List.of());
    }

    @Test
    void aSecondListenerJoinsWithANewEpochAndHearsTheBot() {
        createGroup();
        connectAll(second);
        byte[] add = server.add(1, second.keyPackage());

        CommitWelcome byBot =
                bot.propose(ExternalSender.appendProposals(List.of(add))).orElseThrow();
        CommitWelcome byListener =
                listener.propose(ExternalSender.appendProposals(List.of(add))).orElseThrow();
        assertThat(byBot.epoch()).isEqualTo(1);
        assertThat(byListener.committer()).isEqualTo(1);

        // The voice server announces the first commit it received: here the listener's, so the bot processes a
        // commit it did not make.
        announce(2, byListener, List.of(bot, listener), List.of(second));

        assertThat(bot.readyTransitions).containsExactly(1, 2);
        assertThat(second.readyTransitions).containsExactly(2);
        assertEncryptedFor(List.of(listener, second), List.of());
    }

    @Test
    void aListenerThatLeavesCannotDecryptTheNextEpoch() {
        createGroup();
        connectAll(second);
        byte[] add = server.add(1, second.keyPackage());
        listener.propose(ExternalSender.appendProposals(List.of(add)));
        announce(
                2,
                bot.propose(ExternalSender.appendProposals(List.of(add))).orElseThrow(),
                List.of(bot, listener),
                List.of(second));

        byte[] remove = server.remove(2, 1);
        CommitWelcome byBot =
                bot.propose(ExternalSender.appendProposals(List.of(remove))).orElseThrow();
        second.propose(ExternalSender.appendProposals(List.of(remove))).orElseThrow();
        assertThat(byBot.welcome()).isEmpty();
        assertThat(byBot.proposalRefs()).containsExactly(ExternalSender.proposalRef(remove));
        announce(3, byBot, List.of(bot, second), List.of());

        assertEncryptedFor(List.of(second), List.of(listener));
    }

    /** The bot and the listener connect; the bot commits the listener's Add; the listener joins by Welcome. */
    private CommitWelcome createGroup() {
        connectAll(bot, listener);
        byte[] add = server.add(0, listener.keyPackage());
        CommitWelcome commit =
                bot.propose(ExternalSender.appendProposals(List.of(add))).orElseThrow();
        assertThat(commit.proposalRefs()).containsExactly(ExternalSender.proposalRef(add));
        announce(1, commit, List.of(bot), List.of(listener));
        return commit;
    }

    /** op 11 for the newcomers to everyone, and op 4 + op 25 for the newcomers. */
    private void connectAll(Participant... newcomers) {
        for (Participant newcomer : newcomers) {
            for (Participant other : new Participant[] {bot, listener, second}) {
                if (other != newcomer) {
                    other.manager.addUser(newcomer.userId);
                    newcomer.manager.addUser(other.userId);
                }
            }
            newcomer.connect(server);
        }
    }

    /** op 29 to the members, op 30 to the welcomed, then op 22 once all are ready (op 23). */
    private void announce(int transition, CommitWelcome commit, List<Participant> members, List<Participant> joining) {
        for (Participant member : members) {
            member.manager.onMLSPrepareCommitTransition(transition, DaveTests.direct(commit.commit()));
            assertThat(member.readyTransitions).endsWith(transition);
        }
        for (Participant newcomer : joining) {
            newcomer.manager.onMLSWelcome(
                    transition, DaveTests.direct(commit.welcome().orElseThrow()));
            assertThat(newcomer.readyTransitions).endsWith(transition);
        }
        for (Participant member : members) {
            member.manager.onDaveProtocolExecuteTransition(transition);
        }
        for (Participant newcomer : joining) {
            newcomer.manager.onDaveProtocolExecuteTransition(transition);
        }
    }

    /** The bot's frame is DAVE-encrypted: it ends with the marker, differs, and only the members decrypt it. */
    private void assertEncryptedFor(List<Participant> hearing, List<Participant> deaf) {
        byte[] opus = new byte[120];
        new Random(440).nextBytes(opus);
        byte[] frame = bot.encrypt(BOT_SSRC, opus);

        assertThat(HexFormat.of().formatHex(frame)).endsWith("fafa");
        assertThat(frame).hasSizeGreaterThan(opus.length).isNotEqualTo(opus);
        for (Participant member : hearing) {
            assertThat(member.decrypt(BOT, frame)).hasValue(opus);
            byte[] tampered = frame.clone();
            tampered[3] ^= 1;
            assertThat(member.decrypt(BOT, tampered)).isEmpty();
        }
        for (Participant outsider : deaf) {
            assertThat(outsider.decrypt(BOT, frame)).isEmpty();
        }
    }
}
