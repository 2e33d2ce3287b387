package dev.musicbot.testkit.voice.dave;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * DAVE protocol version 1 on the simulated voice server, for one voice session of the bot: the voice gateway is
 * the group's external sender, and each other member of the bot's voice channel is a simulated listener that is a
 * real libdave participant ({@link DaveListener}).
 *
 * <p>With {@link DaveMode#BOT_CREATES_GROUP} the bot creates the group: once its key package (op 26) arrives, it
 * gets the listeners' Add proposals (op 27), and its commit (op 28) is announced to it (op 29) while the listeners
 * join by the Welcome (op 30). With {@link DaveMode#LISTENER_CREATES_GROUP} the first listener commits the others
 * and the bot, and the bot joins by the Welcome (op 30), as when it joins a call already under way. Later
 * joins and leaves are proposed to every member; the first valid commit for the epoch wins (a listener's, since
 * they answer in-process). Each commit is a transition with its own id: members report ready (op 23) and the
 * transition executes (op 22) when all have. Joins and leaves wait until the running transition executed.
 *
 * <p>A member that cannot process its commit or Welcome reports it with op 31 (invalid_commit_welcome), resets its
 * group state and sends a new key package (protocol.md). The server then treats it as a member to remove and add
 * again: the transition goes on without it, the others commit its Remove, then its Add with the new key package,
 * and it is welcomed (op 30) into that epoch. A test can damage the next commit or Welcome sent to the bot
 * ({@code damage}) to see this.
 *
 * <p>The receiver side: {@link #open} checks every audio frame and decrypts it as the listeners do. Thread-safe.
 */
public final class DaveVoiceGateway implements DaveListener.Outbox {
    private static final Logger LOG = LoggerFactory.getLogger(DaveVoiceGateway.class);
    private static final byte[] SILENCE = {(byte) 0xF8, (byte) 0xFF, (byte) 0xFE};

    private final long bot;
    private final DaveMode mode;
    private final long channelId;
    private final DaveWire wire;
    private final ExternalSender sender;
    private final DaveGroup group;
    private final BooleanSupplier damage;
    private final Map<Long, DaveListener> listeners = new LinkedHashMap<>();
    private final Map<Long, byte[]> keyPackages = new HashMap<>();
    private final Queue<Runnable> inbox = new ArrayDeque<>();
    private final Queue<Runnable> afterTransition = new ArrayDeque<>();
    private final Map<Long, Long> heard = new LinkedHashMap<>();
    private final Set<Long> waiting = new HashSet<>();
    private final List<DaveListener> executing = new ArrayList<>();
    private int transition;
    private int nextTransition = 1;
    private boolean draining;
    private boolean botInTransition;
    private boolean botResetting;
    private int commits;
    private int executed;
    private int invalid;
    private int rejected;
    private long encryptedFrames;
    private long plainAfter;
    private long plainBefore;
    private long silence;
    private long undecryptable;

    /**
     * @param bot the bot's user id
     * @param channelId the voice channel (the MLS group id)
     * @param wire the bot's voice WebSocket
     * @param mode who creates the group
     */
    public DaveVoiceGateway(long bot, long channelId, DaveWire wire, DaveMode mode) {
        this(bot, channelId, wire, mode, () -> false);
    }

    /**
     * @param damage asked before each commit (op 29) or Welcome (op 30) to the bot: true damages that one (one byte
     *     flipped), so that the bot cannot process it
     */
    public DaveVoiceGateway(long bot, long channelId, DaveWire wire, DaveMode mode, BooleanSupplier damage) {
        this.bot = bot;
        this.damage = damage;
        this.mode = mode;
        this.channelId = channelId;
        this.wire = wire;
        this.sender = ExternalSender.create(channelId);
        this.group = new DaveGroup(sender);
    }

    /** Right after SESSION_DESCRIPTION with version 1: op 11 for the listeners, op 25, and the listeners start. */
    public synchronized void start(List<Long> listenerIds) {
        if (!listenerIds.isEmpty()) {
            wire.clientsConnect(listenerIds);
        }
        wire.binary(25, sender.externalSenderPackage());
        listenerIds.forEach(this::addListener);
        drain();
    }

    /** Brings the listeners in line with the members now in the bot's voice channel. */
    public synchronized void listenersAre(List<Long> now) {
        if (transition != 0) {
            afterTransition.add(() -> listenersAre(now));
            return;
        }
        for (Long gone : List.copyOf(listeners.keySet())) {
            if (!now.contains(gone)) {
                removeListener(gone);
            }
        }
        for (Long user : now) {
            if (!listeners.containsKey(user)) {
                wire.clientsConnect(List.of(user));
                addListener(user);
            }
        }
        drain();
    }

    /** op 26 from the bot. */
    public synchronized void botKeyPackage(byte[] keyPackage) {
        keyPackage(bot, keyPackage);
        drain();
    }

    /** op 28 from the bot. */
    public synchronized void botCommitWelcome(byte[] payload) {
        commitWelcome(bot, payload);
        drain();
    }

    /** op 23 from the bot. */
    public synchronized void botReady(int transitionId) {
        ready(bot, transitionId);
        drain();
    }

    /** op 31 from the bot. */
    public synchronized void botInvalid(int transitionId) {
        invalid(bot, transitionId);
        drain();
    }

    @Override
    public synchronized void keyPackage(long user, byte[] keyPackage) {
        inbox.add(() -> onKeyPackage(user, keyPackage));
    }

    @Override
    public synchronized void commitWelcome(long user, byte[] payload) {
        inbox.add(() -> onCommitWelcome(user, payload));
    }

    @Override
    public synchronized void ready(long user, int transitionId) {
        inbox.add(() -> onReady(user, transitionId));
    }

    @Override
    public synchronized void invalid(long user, int transitionId) {
        inbox.add(() -> onInvalid(user, transitionId));
    }

    /**
     * Checks one audio frame after transport decryption and returns the Opus frame to decode: silence and plain
     * frames as they are (counted), DAVE frames decrypted as the first welcomed listener; empty when that fails.
     */
    public synchronized Optional<byte[]> open(byte[] payload) {
        if (Arrays.equals(payload, SILENCE)) {
            silence++;
            return Optional.of(payload);
        }
        int n = payload.length;
        boolean marked = n >= 2 && payload[n - 1] == (byte) 0xFA && payload[n - 2] == (byte) 0xFA;
        if (!marked) {
            if (encryptedFrames + undecryptable > 0) {
                plainAfter++;
            } else {
                plainBefore++;
            }
            return Optional.of(payload);
        }
        Optional<byte[]> primary = Optional.empty();
        for (DaveListener listener : listeners.values()) {
            if (!group.isMember(listener.userId())) {
                continue;
            }
            Optional<byte[]> opus = listener.decrypt(bot, payload);
            if (opus.isPresent() && !Arrays.equals(opus.get(), payload)) {
                heard.merge(listener.userId(), 1L, Long::sum);
                primary = primary.or(() -> opus);
            }
        }
        if (primary.isPresent()) {
            encryptedFrames++;
        } else {
            undecryptable++;
        }
        return primary;
    }

    public synchronized DaveStats stats() {
        return new DaveStats(
                1,
                group.epoch(),
                group.members(),
                commits,
                executed,
                encryptedFrames,
                plainAfter,
                plainBefore,
                silence,
                undecryptable,
                Map.copyOf(heard),
                invalid,
                rejected);
    }

    /** Ends the session: the listeners' libdave sessions are closed. */
    public synchronized void close() {
        listeners.values().forEach(DaveListener::close);
        listeners.clear();
    }

    private void addListener(long user) {
        DaveListener listener = new DaveListener(user, channelId, this);
        listener.connected(bot);
        for (DaveListener other : listeners.values()) {
            other.connected(user);
            listener.connected(other.userId());
        }
        listeners.put(user, listener);
        listener.start(sender.externalSenderPackage());
    }

    private void removeListener(long user) {
        DaveListener listener = listeners.remove(user);
        keyPackages.remove(user);
        wire.clientDisconnect(user);
        listeners.values().forEach(other -> other.disconnected(user));
        listener.close();
        group.proposeRemove(user).ifPresent(message -> {
            byte[] payload = ExternalSender.appendProposals(List.of(message));
            sendProposals(payload);
        });
    }

    private void onKeyPackage(long user, byte[] keyPackage) {
        KeyPackageInfo info;
        try {
            info = KeyPackageInfo.parse(keyPackage);
        } catch (MlsFormatException e) {
            // JDAVE 0.1.5 sends an empty one with op 31 after a failed commit of a later epoch (libdave: "Cannot
            // marshal an uninitialized key package"); the next one, once it has initialised again, is good.
            LOG.warn("DAVE: unparseable key package ({} bytes) of {}: {}", keyPackage.length, user, e.getMessage());
            return;
        }
        if (!info.acceptableFor(user)) {
            LOG.warn("DAVE: refusing key package of {}: {}", user, info);
            return;
        }
        keyPackages.put(user, keyPackage);
        proposeWaitingMembers();
    }

    /**
     * Proposes everyone whose key package arrived and who is not in the group yet. While the group is being
     * created, the proposals go to its creator only (the bot, or the first listener); later to every member.
     */
    private void proposeWaitingMembers() {
        if (transition != 0 || group.hasPending()) {
            return;
        }
        long creator = creator();
        if (!group.established() && !keyPackages.containsKey(creator)) {
            return;
        }
        List<Long> candidates = new ArrayList<>();
        candidates.add(bot);
        candidates.addAll(listeners.keySet());
        List<byte[]> adds = new ArrayList<>();
        for (long user : candidates) {
            byte[] keyPackage = keyPackages.get(user);
            boolean creating = !group.established() && user == creator;
            boolean waitingForReset = user == bot && botResetting;
            if (keyPackage != null && !creating && !group.isMember(user) && !waitingForReset) {
                adds.add(group.proposeAdd(user, keyPackage));
            }
        }
        if (!adds.isEmpty()) {
            sendProposals(ExternalSender.appendProposals(adds));
        }
    }

    /** Who commits the group's first epoch: the bot, or with {@link DaveMode#LISTENER_CREATES_GROUP} a listener. */
    private long creator() {
        if (mode == DaveMode.BOT_CREATES_GROUP || listeners.isEmpty()) {
            return bot;
        }
        return listeners.keySet().iterator().next();
    }

    /** op 27 to the group's members, or to its creator while it is being created. */
    private void sendProposals(byte[] payload) {
        long creator = creator();
        boolean creating = !group.established();
        if (creating ? creator == bot : group.isMember(bot) && !botResetting) {
            wire.binary(27, payload);
        }
        for (DaveListener listener : listeners.values()) {
            if (creating ? creator == listener.userId() : group.isMember(listener.userId())) {
                listener.proposals(payload);
            }
        }
    }

    private void onCommitWelcome(long user, byte[] payload) {
        CommitWelcome commit;
        try {
            commit = CommitWelcome.parse(payload);
        } catch (MlsFormatException e) {
            LOG.warn("DAVE: unparseable op 28 from {}: {}", user, e.getMessage());
            rejected++;
            return;
        }
        Optional<DaveGroup.Accepted> accepted = group.accept(user, commit);
        if (accepted.isEmpty()) {
            LOG.debug("DAVE: not announcing the commit of {} for epoch {}", user, commit.epoch());
            rejected++;
            return;
        }
        announce(accepted.get());
    }

    private void announce(DaveGroup.Accepted accepted) {
        commits++;
        transition = nextTransition;
        nextTransition = nextTransition % 0xFFFF + 1;
        waiting.clear();
        waiting.addAll(group.members());
        botInTransition = waiting.contains(bot);
        executing.clear();
        byte[] commit = accepted.commit().commit();
        for (long member : accepted.before()) {
            if (accepted.removed().contains(member)) {
                continue;
            }
            if (member == bot) {
                wire.binary(
                        29, new MlsWriter().u16(transition).raw(toBot(commit)).toByteArray());
            } else {
                DaveListener listener = listeners.get(member);
                executing.add(listener);
                listener.commit(transition, commit);
            }
        }
        byte[] welcome = accepted.commit().welcome().orElse(new byte[0]);
        for (long added : accepted.added()) {
            keyPackages.remove(added);
            if (added == bot) {
                wire.binary(
                        30, new MlsWriter().u16(transition).raw(toBot(welcome)).toByteArray());
                continue;
            }
            DaveListener listener = listeners.get(added);
            if (listener != null) {
                executing.add(listener);
                listener.welcome(transition, welcome);
            }
        }
        LOG.info(
                "DAVE: transition {} to epoch {}: members {}, added {}, removed {}",
                transition,
                group.epoch(),
                group.members(),
                accepted.added(),
                accepted.removed());
    }

    private void onReady(long user, int transitionId) {
        if (transitionId != transition) {
            LOG.debug("DAVE: {} is ready for transition {}, not the current {}", user, transitionId, transition);
            return;
        }
        waiting.remove(user);
        if (waiting.isEmpty()) {
            execute(transitionId);
        }
    }

    /** Everyone still in the transition is ready: op 22 to them, then what waited for it. */
    private void execute(int transitionId) {
        if (botInTransition) {
            wire.json(22, transitionId);
        }
        executing.forEach(listener -> listener.execute(transitionId));
        executed++;
        transition = 0;
        while (!afterTransition.isEmpty() && transition == 0) {
            afterTransition.poll().run();
        }
        proposeWaitingMembers();
    }

    /**
     * op 31: {@code user} could not process the commit or Welcome of {@code transitionId} and reset its group state.
     * The transition goes on without it; then its leaf is removed and it is added again with its new key package.
     */
    private void onInvalid(long user, int transitionId) {
        invalid++;
        LOG.warn("DAVE: user {} reported transition {} invalid (op 31)", user, transitionId);
        if (user != bot) {
            return;
        }
        botResetting = true;
        if (transitionId == transition && waiting.remove(bot)) {
            botInTransition = false;
            if (waiting.isEmpty()) {
                execute(transitionId);
            }
        }
        // JDAVE 0.1.5 sends a key package right after op 31 and another once it has initialised its session again:
        // only the last one is any use, so the Add waits until both have come.
        CompletableFuture.delayedExecutor(300, TimeUnit.MILLISECONDS).execute(this::botResetSettled);
        whenNoTransition(this::removeResetBot);
    }

    private void whenNoTransition(Runnable action) {
        if (transition != 0) {
            afterTransition.add(action);
        } else {
            action.run();
        }
    }

    /** Proposes the Remove of the bot's stale leaf (to the other members: the bot has no group now). */
    private void removeResetBot() {
        if (group.hasPending()) {
            afterTransition.add(this::removeResetBot);
            return;
        }
        group.proposeRemove(bot).ifPresent(message -> sendProposals(ExternalSender.appendProposals(List.of(message))));
    }

    private synchronized void botResetSettled() {
        botResetting = false;
        if (transition == 0 && !group.isMember(bot)) {
            proposeWaitingMembers();
        }
        drain();
    }

    /** A commit or Welcome for the bot, damaged when the test asked for it. */
    private byte[] toBot(byte[] message) {
        if (message.length == 0 || !damage.getAsBoolean()) {
            return message;
        }
        byte[] damaged = message.clone();
        damaged[damaged.length / 2] ^= 0x5A;
        LOG.info("DAVE: damaging the {}-byte message of transition {} to the bot", message.length, transition);
        return damaged;
    }

    /** Handles what the listeners sent while the server was talking to them, until nothing is left. */
    private void drain() {
        if (draining) {
            return;
        }
        draining = true;
        try {
            while (!inbox.isEmpty()) {
                inbox.poll().run();
            }
        } finally {
            draining = false;
        }
    }
}
