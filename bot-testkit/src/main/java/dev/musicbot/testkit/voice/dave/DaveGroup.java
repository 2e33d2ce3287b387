package dev.musicbot.testkit.voice.dave;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The voice server's view of one DAVE MLS group (protocol.md "Delivery Service"): the epoch, which user holds which
 * leaf, and the proposals sent in this epoch. A commit is accepted only for the current epoch and only when it
 * references exactly the pending proposals; accepting it applies them as MLS does (removes blank their leaf, adds
 * fill the leftmost blank leaf or append) and moves to the next epoch. Not thread-safe.
 */
final class DaveGroup {
    /** A proposal sent in the current epoch: an Add of {@code user}'s key package or a Remove of its leaf. */
    record Pending(long user, boolean add, byte[] message, byte[] ref) {}

    /** An accepted commit: who was in the group before it, who is added and removed. */
    record Accepted(CommitWelcome commit, List<Long> before, List<Long> added, List<Long> removed) {}

    private final ExternalSender sender;
    private final List<Long> leaves = new ArrayList<>(); // null: a blank leaf
    private final List<Pending> pending = new ArrayList<>();
    private long epoch;

    DaveGroup(ExternalSender sender) {
        this.sender = sender;
    }

    long epoch() {
        return epoch;
    }

    boolean established() {
        return epoch > 0;
    }

    List<Long> members() {
        return leaves.stream().filter(u -> u != null).toList();
    }

    boolean isMember(long user) {
        return leaves.contains(user);
    }

    boolean hasPending() {
        return !pending.isEmpty();
    }

    /** Proposes to add {@code user} with its key package; returns the proposal message. */
    byte[] proposeAdd(long user, byte[] keyPackage) {
        byte[] message = sender.add(epoch, keyPackage);
        pending.add(new Pending(user, true, message, ExternalSender.proposalRef(message)));
        return message;
    }

    /** Proposes to remove {@code user}'s leaf; empty if it holds none. */
    Optional<byte[]> proposeRemove(long user) {
        int leaf = leaves.indexOf(user);
        if (leaf < 0) {
            return Optional.empty();
        }
        byte[] message = sender.remove(epoch, leaf);
        pending.add(new Pending(user, false, message, ExternalSender.proposalRef(message)));
        return Optional.of(message);
    }

    /** Accepts {@code commit} from {@code committer} if it is valid now (see the class comment). */
    Optional<Accepted> accept(long committer, CommitWelcome commit) {
        if (commit.epoch() != epoch || !referencesExactlyPending(commit)) {
            return Optional.empty();
        }
        if (!established()) {
            leaves.add(committer);
        } else if (leaves.indexOf(committer) != commit.committer()) {
            return Optional.empty();
        }
        List<Long> before = established() ? members() : List.of(committer);
        List<Long> added = new ArrayList<>();
        List<Long> removed = new ArrayList<>();
        for (Pending proposal : pending) {
            if (!proposal.add()) {
                leaves.set(leaves.indexOf(proposal.user()), null);
                removed.add(proposal.user());
            }
        }
        for (byte[] ref : commit.proposalRefs()) {
            Pending proposal = find(ref);
            if (proposal.add()) {
                int blank = leaves.indexOf(null);
                if (blank >= 0) {
                    leaves.set(blank, proposal.user());
                } else {
                    leaves.add(proposal.user());
                }
                added.add(proposal.user());
            }
        }
        while (!leaves.isEmpty() && leaves.getLast() == null) {
            leaves.removeLast();
        }
        pending.clear();
        epoch++;
        return Optional.of(new Accepted(commit, before, List.copyOf(added), List.copyOf(removed)));
    }

    private boolean referencesExactlyPending(CommitWelcome commit) {
        Set<String> expected = new HashSet<>();
        pending.forEach(p -> expected.add(Arrays.toString(p.ref())));
        Set<String> actual = new HashSet<>();
        commit.proposalRefs().forEach(ref -> actual.add(Arrays.toString(ref)));
        return !expected.isEmpty()
                && expected.equals(actual)
                && actual.size() == commit.proposalRefs().size();
    }

    private Pending find(byte[] ref) {
        return pending.stream()
                .filter(p -> Arrays.equals(p.ref(), ref))
                .findFirst()
                .orElseThrow();
    }
}
