package dev.musicbot.runtime.playback;

import static dev.musicbot.api.playback.RepeatMode.OFF;
import static dev.musicbot.api.playback.RepeatMode.QUEUE;
import static dev.musicbot.api.playback.RepeatMode.TRACK;
import static dev.musicbot.api.playback.TrackEndReason.FAILED;
import static dev.musicbot.api.playback.TrackEndReason.FINISHED;
import static dev.musicbot.api.playback.TrackEndReason.REPLACED;
import static dev.musicbot.api.playback.TrackEndReason.SKIPPED;
import static dev.musicbot.api.playback.TrackEndReason.STOPPED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.musicbot.api.UserId;
import dev.musicbot.api.playback.QueuedTrack;
import dev.musicbot.api.playback.RepeatMode;
import dev.musicbot.api.playback.TrackEndReason;
import dev.musicbot.api.track.PlaybackRef;
import dev.musicbot.api.track.Track;
import dev.musicbot.api.track.TrackInfo;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The tracklist's transitions, as tables. A state is written {@code "current | queue | history"}: track names
 * separated by spaces, {@code -} for no current track. A track is {@code name} (queued by Alice) or
 * {@code name:bob}.
 */
class TracklistTest {
    private static final UserId ALICE = new UserId(1);
    private static final UserId BOB = new UserId(2);
    private static final Map<String, UserId> USERS = Map.of("alice", ALICE, "bob", BOB);
    private static final Duration LENGTH = Duration.ofMinutes(3);
    private static final Object VOID = new Object();

    // ---- transitions -------------------------------------------------------------------------------------

    static Stream<Row> advanceRows() {
        return Stream.of(
                row("empty OFF: nothing to play", OFF, "- | | ", advance(FINISHED), "- | | ", "empty"),
                row("empty TRACK: nothing to play", TRACK, "- | | ", advance(FINISHED), "- | | ", "empty"),
                row("empty QUEUE: nothing to play", QUEUE, "- | | ", advance(FINISHED), "- | | ", "empty"),
                row("empty, idle with history", OFF, "- | | x", advance(SKIPPED), "- | | x", "empty"),
                row("OFF finished: next plays", OFF, "a | b c | x", advance(FINISHED), "b | c | x a", "b"),
                row("OFF finished last: idle", OFF, "a | | x", advance(FINISHED), "- | | x a", "empty"),
                row("OFF skipped: next plays", OFF, "a | b c | ", advance(SKIPPED), "b | c | a", "b"),
                row("OFF skipped last: idle", OFF, "a | | ", advance(SKIPPED), "- | | a", "empty"),
                row("OFF failed: next plays", OFF, "a | b | ", advance(FAILED), "b | | a", "b"),
                row("OFF failed last: idle", OFF, "a | | ", advance(FAILED), "- | | a", "empty"),
                row("OFF stopped: moves on like a skip", OFF, "a | b | ", advance(STOPPED), "b | | a", "b"),
                row("OFF replaced: moves on like a skip", OFF, "a | b | ", advance(REPLACED), "b | | a", "b"),
                row("TRACK finished: loops", TRACK, "a | b | x", advance(FINISHED), "a | b | x", "a"),
                row("TRACK finished last: loops", TRACK, "a | | ", advance(FINISHED), "a | | ", "a"),
                row("TRACK skipped: moves on", TRACK, "a | b c | ", advance(SKIPPED), "b | c | a", "b"),
                row("TRACK skipped last: idle", TRACK, "a | | ", advance(SKIPPED), "- | | a", "empty"),
                row("TRACK failed: never loops", TRACK, "a | b | ", advance(FAILED), "b | | a", "b"),
                row("TRACK failed last: idle", TRACK, "a | | ", advance(FAILED), "- | | a", "empty"),
                row("TRACK stopped: does not loop", TRACK, "a | b | ", advance(STOPPED), "b | | a", "b"),
                row("QUEUE finished: to the end", QUEUE, "a | b c | ", advance(FINISHED), "b | c a | a", "b"),
                row("QUEUE finished, one track: wraps", QUEUE, "a | | ", advance(FINISHED), "a | | a", "a"),
                row("QUEUE skipped: to the end", QUEUE, "a | b c | ", advance(SKIPPED), "b | c a | a", "b"),
                row("QUEUE skipped, one track: wraps", QUEUE, "a | | ", advance(SKIPPED), "a | | a", "a"),
                row("QUEUE failed: dropped", QUEUE, "a | b c | ", advance(FAILED), "b | c | a", "b"),
                row("QUEUE failed last: idle", QUEUE, "a | | ", advance(FAILED), "- | | a", "empty"),
                row("QUEUE stopped: to the end", QUEUE, "a | b | ", advance(STOPPED), "b | a | a", "b"));
    }

    static Stream<Row> skipToRows() {
        return Stream.of(
                row("empty: nothing to skip to", OFF, "- | | ", skipTo(1), "- | | ", "empty"),
                row("no queue: nothing to skip to", OFF, "a | | ", skipTo(1), "a | | ", "empty"),
                row("OFF first", OFF, "a | b c d | x", skipTo(1), "b | c d | x a", "b"),
                row("OFF middle", OFF, "a | b c d | x", skipTo(2), "c | d | x a b", "c"),
                row("OFF last", OFF, "a | b c d | x", skipTo(3), "d | | x a b c", "d"),
                row("OFF zero", OFF, "a | b c d | ", skipTo(0), "a | b c d | ", "empty"),
                row("OFF negative", OFF, "a | b c d | ", skipTo(-1), "a | b c d | ", "empty"),
                row("OFF past the end", OFF, "a | b c d | ", skipTo(4), "a | b c d | ", "empty"),
                row("TRACK middle: moves on", TRACK, "a | b c d | ", skipTo(2), "c | d | a b", "c"),
                row("QUEUE first", QUEUE, "a | b c d | ", skipTo(1), "b | c d a | a", "b"),
                row("QUEUE middle", QUEUE, "a | b c d | ", skipTo(2), "c | d a b | a b", "c"),
                row("QUEUE last", QUEUE, "a | b c d | ", skipTo(3), "d | a b c | a b c", "d"),
                row("QUEUE zero", QUEUE, "a | b c d | ", skipTo(0), "a | b c d | ", "empty"),
                row("QUEUE negative", QUEUE, "a | b c d | ", skipTo(-1), "a | b c d | ", "empty"),
                row("QUEUE past the end", QUEUE, "a | b c d | ", skipTo(4), "a | b c d | ", "empty"));
    }

    static Stream<Row> previousRows() {
        return Stream.of(
                row("empty: nothing before", OFF, "- | | ", previous(), "- | | ", "empty"),
                row("no history: nothing before", OFF, "a | b | ", previous(), "a | b | ", "empty"),
                row("OFF: current becomes next", OFF, "a | b c | x y", previous(), "y | a b c | x", "y"),
                row("OFF idle: replays the last", OFF, "- | | x y", previous(), "y | | x", "y"),
                row("TRACK: current becomes next", TRACK, "a | b | x", previous(), "x | a b | ", "x"),
                row("QUEUE: wrapped copy removed", QUEUE, "b | c a | a", previous(), "a | b c | ", "a"),
                row("QUEUE one track: no duplicate", QUEUE, "a | | a", previous(), "a | | ", "a"),
                row("QUEUE after a failure", QUEUE, "b | c | a", previous(), "a | b c | ", "a"),
                row("QUEUE idle: replays the last", QUEUE, "- | | a", previous(), "a | | ", "a"));
    }

    static Stream<Row> editRows() {
        return Stream.of(
                row("remove on empty", OFF, "- | | ", remove(1), "- | | ", "empty"),
                row("remove first", OFF, "a | b c d | x", remove(1), "a | c d | x", "b"),
                row("remove middle", OFF, "a | b c d | x", remove(2), "a | b d | x", "c"),
                row("remove last", OFF, "a | b c d | x", remove(3), "a | b c | x", "d"),
                row("remove zero", OFF, "a | b c d | ", remove(0), "a | b c d | ", "empty"),
                row("remove negative", OFF, "a | b c d | ", remove(-1), "a | b c d | ", "empty"),
                row("remove size+1", OFF, "a | b c d | ", remove(4), "a | b c d | ", "empty"),
                row("move on empty", OFF, "- | | ", move(1, 1), "- | | ", "false"),
                row("move first to last", OFF, "a | b c d | ", move(1, 3), "a | c d b | ", "true"),
                row("move last to first", OFF, "a | b c d | ", move(3, 1), "a | d b c | ", "true"),
                row("move middle up", OFF, "a | b c d | ", move(2, 1), "a | c b d | ", "true"),
                row("move onto itself", OFF, "a | b c d | ", move(2, 2), "a | b c d | ", "true"),
                row("move from zero", OFF, "a | b c d | ", move(0, 1), "a | b c d | ", "false"),
                row("move to zero", OFF, "a | b c d | ", move(1, 0), "a | b c d | ", "false"),
                row("move from negative", OFF, "a | b c d | ", move(-1, 1), "a | b c d | ", "false"),
                row("move to negative", OFF, "a | b c d | ", move(1, -1), "a | b c d | ", "false"),
                row("move from size+1", OFF, "a | b c d | ", move(4, 1), "a | b c d | ", "false"),
                row("move to size+1", OFF, "a | b c d | ", move(1, 4), "a | b c d | ", "false"),
                row("shuffle empty queue", OFF, "a | | x", shuffle(42), "a | | x", "void"),
                row("shuffle one track", OFF, "a | b | x", shuffle(42), "a | b | x", "void"),
                row("clear keeps current", OFF, "a | b c | x", clear(), "a | | x", "2"),
                row("clear empty queue", OFF, "a | | ", clear(), "a | | ", "0"),
                row("clear when idle", OFF, "- | | x", clear(), "- | | x", "0"),
                row("stop: current to history", OFF, "a | b c | x", stop(), "- | | x a", "void"),
                row("stop in QUEUE", QUEUE, "a | b c | ", stop(), "- | | a", "void"),
                row("stop when idle", OFF, "- | | x", stop(), "- | | x", "void"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("advanceRows")
    void advancing(Row row) {
        check(row);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("skipToRows")
    void skippingTo(Row row) {
        check(row);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("previousRows")
    void goingBack(Row row) {
        check(row);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("editRows")
    void editing(Row row) {
        check(row);
    }

    private static void check(Row row) {
        Tracklist list = given(row.given(), row.repeat());
        Object returned = row.op().action().apply(list);
        assertThat(describe(returned)).as("returned").isEqualTo(row.returns());
        assertThat(state(list)).as("state after").isEqualTo(normalize(row.then()));
        assertThat(list.repeat()).as("repeat mode").isEqualTo(row.repeat());
    }

    // ---- sequences -----------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"a", "a b", "a b c d"})
    void repeatingTheQueueComesBackToTheStart(String tracks) {
        List<String> names = List.of(tracks.split(" "));
        String start = names.getFirst() + " | " + String.join(" ", names.subList(1, names.size())) + " | ";
        Tracklist list = given(start, QUEUE);

        for (int i = 1; i <= names.size(); i++) {
            TrackEndReason reason = i % 2 == 0 ? SKIPPED : FINISHED;
            assertThat(list.advance(reason)).map(TracklistTest::name).contains(names.get(i % names.size()));
        }

        assertThat(state(list)).isEqualTo(normalize(start + tracks));
    }

    static Stream<Arguments> undoRows() {
        return Stream.of(
                Arguments.of(OFF, "a | b c d | ", advance(FINISHED), 1),
                Arguments.of(OFF, "a | | ", advance(FINISHED), 1),
                Arguments.of(OFF, "a | b c d | ", skipTo(1), 1),
                Arguments.of(OFF, "a | b c d | ", skipTo(3), 3),
                Arguments.of(TRACK, "a | b c d | ", advance(SKIPPED), 1),
                Arguments.of(TRACK, "a | b c d | ", skipTo(2), 2),
                Arguments.of(QUEUE, "a | b c d | ", advance(FINISHED), 1),
                Arguments.of(QUEUE, "a | b c d | ", advance(SKIPPED), 1),
                Arguments.of(QUEUE, "a | | ", advance(FINISHED), 1),
                Arguments.of(QUEUE, "a | b | ", advance(FINISHED), 1),
                Arguments.of(QUEUE, "a | b c d | ", skipTo(2), 2),
                Arguments.of(QUEUE, "a | b c d | ", skipTo(3), 3));
    }

    /** Going back once per track that moved to the history restores the list exactly: no duplicates, same order. */
    @ParameterizedTest(name = "{0} {1} {2}, then previous() x{3}")
    @MethodSource("undoRows")
    void previousUndoesMovingOn(RepeatMode repeat, String start, Op op, int steps) {
        Tracklist list = given(start, repeat);
        op.action().apply(list);

        for (int i = 0; i < steps; i++) {
            assertThat(list.previous()).isPresent();
        }

        assertThat(state(list)).isEqualTo(normalize(start));
    }

    @Test
    void historyKeepsOnlyTheLatestTracks() {
        int played = Tracklist.HISTORY_LIMIT + 10;
        Tracklist list = new Tracklist(1000, 1000);
        IntStream.range(0, played).forEach(i -> list.add(track("t" + i)));

        for (int i = 0; i < played; i++) {
            list.advance(FINISHED);
        }

        assertThat(names(list.history()))
                .hasSize(Tracklist.HISTORY_LIMIT)
                .startsWith("t10")
                .endsWith("t" + (played - 1));
    }

    @Test
    void skippingFarKeepsTheHistoryBounded() {
        Tracklist list = new Tracklist(1000, 1000);
        IntStream.range(0, 100).forEach(i -> list.add(track("t" + i)));

        assertThat(list.skipTo(99)).isPresent();

        assertThat(names(list.history())).hasSize(Tracklist.HISTORY_LIMIT).endsWith("t98");
        assertThat(list.current()).map(TracklistTest::name).contains("t99");
    }

    // ---- shuffle -------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {0, 1, 2, 42, 123_456_789})
    void shuffleKeepsEveryTrackExactlyOnce(long seed) {
        Tracklist list = given("a | b c d e f g h i j | x", OFF);

        list.shuffle(new Random(seed));

        assertThat(names(list.upcoming())).containsExactlyInAnyOrder("b", "c", "d", "e", "f", "g", "h", "i", "j");
        assertThat(list.current()).map(TracklistTest::name).contains("a");
        assertThat(names(list.history())).containsExactly("x");
    }

    @Test
    void shuffleReorders() {
        Tracklist list = given("a | b c d e f g h i j | ", OFF);

        list.shuffle(new Random(42));

        assertThat(names(list.upcoming())).isNotEqualTo(List.of("b", "c", "d", "e", "f", "g", "h", "i", "j"));
    }

    // ---- add -----------------------------------------------------------------------------------------------

    static Stream<Arguments> addRows() {
        return Stream.of(
                Arguments.of("idle: starts", 3, 3, "- | | x", "a", "Started a", "a | | x"),
                Arguments.of("idle with no room: starts", 0, 0, "- | | ", "a", "Started a", "a | | "),
                Arguments.of("playing: first in queue", 3, 3, "a | | ", "b", "Queued b at 1", "a | b | "),
                Arguments.of("playing: 1-based position", 3, 3, "a | b c | ", "d", "Queued d at 3", "a | b c d | "),
                Arguments.of("fills to the limit", 3, 2, "a | b c:bob | ", "d", "Queued d at 3", "a | b c d | "),
                Arguments.of("full", 2, 2, "a | b c:bob | ", "d:bob", full(2), "a | b c | "),
                Arguments.of("full beats share", 2, 1, "a | b c:bob | ", "d", full(2), "a | b c | "),
                Arguments.of("share reached", 5, 2, "a | b c | ", "d", share(2), "a | b c | "),
                Arguments.of("share of one", 5, 1, "a | b | ", "c", share(1), "a | b | "),
                Arguments.of("share is per user", 5, 2, "a | b c | ", "d:bob", "Queued d at 3", "a | b c d | "),
                Arguments.of("current not in share", 5, 1, "a | | ", "b", "Queued b at 1", "a | b | "));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("addRows")
    void adding(String name, int maxLength, int maxPerUser, String start, String added, String result, String then) {
        Tracklist list = given(new Tracklist(maxLength, maxPerUser), start, OFF);

        assertThat(describe(list.add(track(added)))).isEqualTo(result);
        assertThat(state(list)).isEqualTo(normalize(then));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("insertRows")
    void inserting(String name, int maxLength, String start, String added, int position, String result, String then) {
        Tracklist list = given(new Tracklist(maxLength, maxLength), start, OFF);

        assertThat(describe(list.insert(track(added), position))).isEqualTo(result);
        assertThat(state(list)).isEqualTo(normalize(then));
    }

    static Stream<Arguments> insertRows() {
        return Stream.of(
                Arguments.of("idle: starts", 5, "- | | x", "a", 1, "Started a", "a | | x"),
                Arguments.of("next", 5, "a | b c | ", "d", 1, "Queued d at 1", "a | d b c | "),
                Arguments.of("middle", 5, "a | b c | ", "d", 2, "Queued d at 2", "a | b d c | "),
                Arguments.of("past the end: at the end", 5, "a | b c | ", "d", 99, "Queued d at 3", "a | b c d | "),
                Arguments.of("next into an empty queue", 5, "a | | ", "d", 1, "Queued d at 1", "a | d | "),
                Arguments.of("full even for next", 2, "a | b c | ", "d", 1, full(2), "a | b c | "));
    }

    private static String full(int max) {
        return "Refused: The queue is full (" + max + " " + (max == 1 ? "track" : "tracks")
                + "). Wait until some have played.";
    }

    private static String share(int max) {
        return "Refused: You already have " + max + " " + (max == 1 ? "track" : "tracks")
                + " queued; let others have a turn.";
    }

    // ---- length --------------------------------------------------------------------------------------------

    // ---- helpers -------------------------------------------------------------------------------------------

    /** One transition: a repeat mode and a state, an operation, and what it returns and leaves. */
    record Row(String name, RepeatMode repeat, String given, Op op, String then, String returns) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Row row(String name, RepeatMode repeat, String given, Op op, String then, String returns) {
        return new Row(name, repeat, given, op, then, returns);
    }

    /** An operation on a tracklist, named as it reads in a test name. */
    record Op(String label, Function<Tracklist, Object> action) {
        @Override
        public String toString() {
            return label;
        }
    }

    private static Op advance(TrackEndReason reason) {
        return new Op("advance(" + reason + ")", list -> list.advance(reason));
    }

    private static Op skipTo(int position) {
        return new Op("skipTo(" + position + ")", list -> list.skipTo(position));
    }

    private static Op previous() {
        return new Op("previous()", Tracklist::previous);
    }

    private static Op remove(int position) {
        return new Op("remove(" + position + ")", list -> list.remove(position));
    }

    private static Op move(int from, int to) {
        return new Op("move(" + from + ", " + to + ")", list -> list.move(from, to));
    }

    private static Op shuffle(long seed) {
        return new Op("shuffle(" + seed + ")", list -> {
            list.shuffle(new Random(seed));
            return VOID;
        });
    }

    private static Op clear() {
        return new Op("clear()", Tracklist::clear);
    }

    private static Op stop() {
        return new Op("stop()", list -> {
            list.stop();
            return VOID;
        });
    }

    static QueuedTrack track(String token) {
        String[] parts = token.split(":");
        UserId requester = parts.length > 1 ? USERS.get(parts[1]) : ALICE;
        return track(parts[0], requester, LENGTH);
    }

    static QueuedTrack track(String name, UserId requester, Duration length) {
        var ref = new PlaybackRef.Engine("http://example.com/" + name + ".mp3");
        return new QueuedTrack(new Track(TrackInfo.of(name, length), ref, "http"), requester);
    }

    private static String name(QueuedTrack track) {
        return track.track().info().title();
    }

    private static List<String> names(List<QueuedTrack> tracks) {
        return tracks.stream().map(TracklistTest::name).toList();
    }

    private static Tracklist given(String state, RepeatMode repeat) {
        return given(new Tracklist(100, 100), state, repeat);
    }

    /** Builds a state through the public operations only: plays the history through, then queues the rest. */
    private static Tracklist given(Tracklist list, String state, RepeatMode repeat) {
        String[] parts = parts(state);
        for (String played : tokens(parts[2])) {
            assertThat(list.add(track(played))).isInstanceOf(Tracklist.Added.Started.class);
            assertThat(list.advance(FINISHED)).isEmpty();
        }
        if (!parts[0].equals("-")) {
            assertThat(list.add(track(parts[0]))).isInstanceOf(Tracklist.Added.Started.class);
        }
        for (String queued : tokens(parts[1])) {
            assertThat(list.add(track(queued))).isInstanceOf(Tracklist.Added.Queued.class);
        }
        list.setRepeat(repeat);
        assertThat(state(list)).as("given state").isEqualTo(normalize(state));
        return list;
    }

    private static String state(Tracklist list) {
        return list.current().map(TracklistTest::name).orElse("-") + " | "
                + String.join(" ", names(list.upcoming())) + " | "
                + String.join(" ", names(list.history()));
    }

    /** The canonical spelling of a state, without requesters. */
    private static String normalize(String state) {
        String[] parts = parts(state);
        return Arrays.stream(parts)
                .map(part -> tokens(part).stream().map(t -> t.split(":")[0]).collect(Collectors.joining(" ")))
                .collect(Collectors.joining(" | "));
    }

    private static String[] parts(String state) {
        String[] parts = Arrays.stream(state.split("\\|", -1)).map(String::trim).toArray(String[]::new);
        if (parts.length != 3 || parts[0].isEmpty()) {
            throw new IllegalArgumentException("not 'current | queue | history': " + state);
        }
        if (parts[0].equals("-") && !parts[1].isEmpty()) {
            throw new IllegalArgumentException("a queue needs a current track: " + state);
        }
        return parts;
    }

    private static List<String> tokens(String part) {
        return part.isBlank() ? List.of() : List.of(part.trim().split("\\s+"));
    }

    private static String describe(Object result) {
        return switch (result) {
            case Optional<?> optional ->
                optional.map(t -> name((QueuedTrack) t)).orElse("empty");
            case Tracklist.Added.Started started -> "Started " + name(started.track());
            case Tracklist.Added.Queued queued -> "Queued " + name(queued.track()) + " at " + queued.position();
            case Tracklist.Added.Refused refused -> "Refused: " + refused.reason();
            case Boolean b -> b.toString();
            case Integer i -> i.toString();
            default -> result == VOID ? "void" : "unexpected " + result;
        };
    }
}
