package dev.musicbot.testkit.voice.dave;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The voice server's bookkeeping of a DAVE group: epochs, leaves, and which commits it announces. */
class DaveGroupTest {
    private static final long BOT = 10;
    private static final long ALICE = 20;
    private static final long BOB = 30;
    private static final long CAROL = 40;

    private final DaveGroup group = new DaveGroup(ExternalSender.create(99));

    @Test
    void theFirstCommitMakesTheCommitterLeafZeroAndAddsInCommitOrder() {
        byte[] alice = group.proposeAdd(ALICE, new byte[] {1});
        byte[] bob = group.proposeAdd(BOB, new byte[] {2});

        DaveGroup.Accepted accepted =
                group.accept(BOT, commit(0, 0, bob, alice)).orElseThrow();

        assertThat(accepted.before()).containsExactly(BOT);
        assertThat(accepted.added()).containsExactly(BOB, ALICE);
        assertThat(group.members()).containsExactly(BOT, BOB, ALICE);
        assertThat(group.epoch()).isEqualTo(1);
        assertThat(group.hasPending()).isFalse();
    }

    @Test
    void onlyACommitOfExactlyThePendingProposalsInTheCurrentEpochIsAccepted() {
        byte[] alice = group.proposeAdd(ALICE, new byte[] {1});
        byte[] bob = group.proposeAdd(BOB, new byte[] {2});

        assertThat(group.accept(BOT, commit(0, 0, alice)))
                .as("missing a proposal")
                .isEmpty();
        assertThat(group.accept(BOT, commit(1, 0, alice, bob)))
                .as("wrong epoch")
                .isEmpty();
        assertThat(group.accept(BOT, commit(0, 0, alice, bob, bob)))
                .as("a duplicate")
                .isEmpty();
        assertThat(group.accept(BOT, commit(0, 0, alice, bob))).isPresent();
        assertThat(group.accept(ALICE, commit(0, 1, alice, bob)))
                .as("the epoch is over")
                .isEmpty();
    }

    @Test
    void aRemovedLeafIsBlankUntilTheNextAddFillsItAndTrailingBlanksAreTruncated() {
        group.accept(BOT, commit(0, 0, group.proposeAdd(ALICE, new byte[] {1}), group.proposeAdd(BOB, new byte[] {2})));

        byte[] removeAlice = group.proposeRemove(ALICE).orElseThrow();
        DaveGroup.Accepted removal =
                group.accept(BOB, commit(1, 2, removeAlice)).orElseThrow();
        assertThat(removal.before()).containsExactly(BOT, ALICE, BOB);
        assertThat(removal.removed()).containsExactly(ALICE);
        assertThat(group.members()).containsExactly(BOT, BOB);
        assertThat(group.isMember(ALICE)).isFalse();

        group.accept(BOT, commit(2, 0, group.proposeAdd(CAROL, new byte[] {3})));
        byte[] removeCarol = group.proposeRemove(CAROL).orElseThrow();
        assertThat(group.accept(BOB, commit(3, 1, removeCarol)))
                .as("Carol took leaf 1, Bob is 2")
                .isEmpty();
        assertThat(group.accept(BOB, commit(3, 2, removeCarol))).isPresent();

        byte[] removeBob = group.proposeRemove(BOB).orElseThrow();
        group.accept(BOT, commit(4, 0, removeBob));
        assertThat(group.members()).containsExactly(BOT);
        assertThat(group.proposeRemove(BOB)).isEmpty();
    }

    private static CommitWelcome commit(long epoch, int committer, byte[]... proposals) {
        List<byte[]> refs =
                Arrays.stream(proposals).map(ExternalSender::proposalRef).toList();
        return new CommitWelcome(new byte[] {0}, epoch, committer, refs, Optional.of(new byte[] {0}));
    }
}
