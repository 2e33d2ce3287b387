package dev.musicbot.api.testkit;

import dev.musicbot.api.UserFacingException;
import dev.musicbot.api.command.Precondition;
import dev.musicbot.api.command.Reply;
import java.util.Optional;

/** What a member sees after a {@link CommandRunner} run: an answer, a refusal by a precondition, or an error. */
public sealed interface Outcome {

    /**
     * The reply the member sees.
     *
     * @return the reply
     * @throws AssertionError for a precondition refusal, whose text belongs to the runtime
     */
    Reply reply();

    /**
     * The reply's text.
     *
     * @return the content
     */
    default String text() {
        return reply().content();
    }

    /**
     * Whether only the caller sees the reply.
     *
     * @return true if ephemeral
     */
    default boolean ephemeral() {
        return reply().ephemeral();
    }

    /**
     * The precondition that refused the command before the handler ran.
     *
     * @return the failed check, or empty if the handler ran
     */
    default Optional<Precondition> refusal() {
        return this instanceof Refused(Precondition failed) ? Optional.of(failed) : Optional.empty();
    }

    /**
     * The {@link UserFacingException} the handler threw.
     *
     * @return the exception, or empty if it answered or was refused
     */
    default Optional<UserFacingException> error() {
        return this instanceof Failed failed ? Optional.of(failed.exception()) : Optional.empty();
    }

    /**
     * The handler answered.
     *
     * @param reply its reply
     */
    record Answered(Reply reply) implements Outcome {}

    /**
     * The handler threw a {@link UserFacingException}; the member sees its text, ephemeral.
     *
     * @param exception what it threw
     * @param reply the ephemeral reply made from it
     */
    record Failed(UserFacingException exception, Reply reply) implements Outcome {}

    /**
     * A precondition failed; the handler was not called.
     *
     * @param failed the check
     */
    record Refused(Precondition failed) implements Outcome {
        @Override
        public Reply reply() {
            throw new AssertionError("refused by " + failed + " before the handler ran: no reply of its own");
        }
    }
}
