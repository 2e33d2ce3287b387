package dev.musicbot.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * An interaction the simulator sent to the bot (slash command, component click or autocomplete), and what the
 * bot did with it: its callback, the original response as it is after edits, follow-ups and autocomplete choices.
 */
public final class SimInteraction {
    private final MessageStore store;
    private final InteractionRecord record;

    SimInteraction(MessageStore store, InteractionRecord record) {
        this.store = store;
        this.record = record;
    }

    /** The interaction id (its timestamp is the time it was sent). */
    public String id() {
        return record.id;
    }

    /** The interaction token, used in the webhook routes. */
    public String token() {
        return record.token;
    }

    /** Interaction type: 2 command, 3 component, 4 autocomplete. */
    public int type() {
        return record.type;
    }

    /** The callback type the bot answered with (4 reply, 5 deferred, 6 deferred update, 7 update, 8 choices), or 0. */
    public int callbackType() {
        return store.read(s -> record.callbackType);
    }

    /**
     * How long the bot took to acknowledge: from the moment the simulator created the interaction (just before
     * sending it) to the moment its callback arrived; empty while there is none.
     */
    public Optional<Duration> acknowledgedAfter() {
        return store.read(s -> record.callbackType == 0
                ? Optional.<Duration>empty()
                : Optional.of(Duration.ofNanos(record.callbackNanos - record.createdNanos)));
    }

    /** Whether the bot deferred (callback 5 or 6). */
    public boolean wasDeferred() {
        return store.read(s -> record.deferred);
    }

    /** Waits for the callback and returns its type. */
    public int awaitCallback(Duration timeout) {
        return await(() -> Optional.of(record.callbackType).filter(t -> t != 0), timeout, "a callback");
    }

    /** The original response (reply, deferred placeholder, or the message a component belongs to) as it is now. */
    public Optional<SimMessage> response() {
        return store.read(s -> Optional.ofNullable(record.originalId).flatMap(s::snapshot));
    }

    /**
     * Waits for a visible response and returns it as it is then: a reply (4) or update (7) right away; after a
     * deferred reply (5) the first edit or follow-up that fills it in; after a deferred update (6) the first edit.
     */
    public SimMessage awaitResponse(Duration timeout) {
        return await(this::visibleResponse, timeout, "a response");
    }

    /** Waits until the response's content matches (for example after edits) and returns the message. */
    public SimMessage awaitContent(Predicate<String> condition, Duration timeout) {
        return awaitMessage(m -> condition.test(m.content()), timeout);
    }

    /** Waits until the response's {@link SimMessage#text()} (content and embeds) matches. */
    public SimMessage awaitText(Predicate<String> condition, Duration timeout) {
        return awaitMessage(m -> condition.test(m.text()), timeout);
    }

    /** Waits until the response matches. */
    public SimMessage awaitMessage(Predicate<SimMessage> condition, Duration timeout) {
        return await(() -> visibleResponse().filter(condition), timeout, "a matching response");
    }

    /** Follow-up messages (not counting one that filled in a deferred reply), in order. */
    public List<SimMessage> followUps() {
        return store.read(s -> {
            List<SimMessage> messages = new ArrayList<>();
            record.followUps.forEach(id -> s.snapshot(id).ifPresent(messages::add));
            return messages;
        });
    }

    /**
     * Waits until the response (unless deleted) or a follow-up matches: for an answer that may come as an edit of
     * a deferred reply or, after a progress line, as a follow-up, depending on how fast the bot was.
     */
    public SimMessage awaitAnswer(Predicate<SimMessage> condition, Duration timeout) {
        return await(
                () -> java.util.stream.Stream.concat(
                                response().filter(m -> !m.deleted()).stream(), followUps().stream())
                        .filter(condition)
                        .findFirst(),
                timeout,
                "a matching response or follow-up");
    }

    /** Waits for a follow-up that matches. */
    public SimMessage awaitFollowUp(Predicate<SimMessage> condition, Duration timeout) {
        return await(() -> followUps().stream().filter(condition).findFirst(), timeout, "a matching follow-up");
    }

    /** Waits for the choices the bot returned to an autocomplete interaction (callback 8). */
    public List<AutocompleteChoice> awaitChoices(Duration timeout) {
        return await(
                () -> Optional.ofNullable(record.choices).map(SimInteraction::choices),
                timeout,
                "autocomplete choices");
    }

    /** Waits for a modal the bot opened (callback 9) and returns its {@code data}. */
    public JsonNode awaitModal(Duration timeout) {
        return await(() -> Optional.ofNullable(record.modal), timeout, "a modal");
    }

    private Optional<SimMessage> visibleResponse() {
        return store.read(s -> {
            Optional<SimMessage> original =
                    Optional.ofNullable(record.originalId).flatMap(s::snapshot);
            return switch (record.callbackType) {
                case 4, 7 -> original;
                case 5 -> original.filter(m -> !m.loading() || m.deleted());
                case 6 -> original.filter(m -> m.edits() > record.originalEditsAtStart || m.deleted());
                default -> Optional.empty();
            };
        });
    }

    private static List<AutocompleteChoice> choices(JsonNode json) {
        List<AutocompleteChoice> choices = new ArrayList<>();
        json.forEach(c -> choices.add(new AutocompleteChoice(c.path("name").asText(), c.path("value"))));
        return List.copyOf(choices);
    }

    private <T> T await(Supplier<Optional<T>> condition, Duration timeout, String what) {
        return store.signal()
                .await(
                        () -> store.read(s -> condition.get()),
                        timeout,
                        () -> what + " to " + record.description + "; callback=" + callbackType() + ", response="
                                + response().map(SimMessage::json).orElse(null) + ", followUps="
                                + followUps().size());
    }

    @Override
    public String toString() {
        return "SimInteraction[" + record.description + " " + record.id + "]";
    }
}
