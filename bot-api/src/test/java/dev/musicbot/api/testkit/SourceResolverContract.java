package dev.musicbot.api.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.musicbot.api.source.ResolveResult;
import dev.musicbot.api.source.SourceResolver;
import dev.musicbot.api.source.TrackQuery;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SourceResolver} must do. Extend it with a resolver whose I/O goes to a fake or loopback
 * server, and the queries it owns and must decline.
 */
public abstract class SourceResolverContract {

    /** A fresh resolver, wired to fakes. */
    protected abstract SourceResolver resolver();

    /** Queries the resolver must accept. */
    protected abstract List<TrackQuery> ownQueries();

    /** Queries it must decline (other sites' links, plain text if it does not search). */
    protected abstract List<TrackQuery> foreignQueries();

    @Test
    void idIsStableLowerKebabCase() {
        assertThat(resolver().id())
                .matches("[a-z0-9]+(-[a-z0-9]+)*")
                .isEqualTo(resolver().id());
    }

    @Test
    void acceptsItsOwnQueries() {
        SourceResolver resolver = resolver();
        assertThat(ownQueries()).isNotEmpty().allSatisfy(q -> assertThat(resolver.accepts(q))
                .as("accepts %s", q.input())
                .isTrue());
    }

    @Test
    void declinesForeignQueries() {
        SourceResolver resolver = resolver();
        assertThat(foreignQueries()).allSatisfy(q -> assertThat(resolver.accepts(q))
                .as("declines %s", q.input())
                .isFalse());
    }

    @Test
    void resolveNeverReturnsNull() {
        SourceResolver resolver = resolver();
        for (TrackQuery query : ownQueries()) {
            ResolveResult result = resolver.resolve(query);
            assertThat(result).as("result for %s", query.input()).isNotNull();
        }
    }
}
