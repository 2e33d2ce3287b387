package dev.musicbot.runtime.source;

import dev.musicbot.api.UserFacingException;
import dev.musicbot.api.source.ResolveResult;
import dev.musicbot.api.source.SourceResolver;
import dev.musicbot.api.source.TrackLoader;
import dev.musicbot.api.source.TrackQuery;
import dev.musicbot.runtime.plugin.ExtensionRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Resolves a query with the first registered resolver (by priority) that accepts it. */
public final class RegistryTrackLoader implements TrackLoader {
    private static final Logger log = LoggerFactory.getLogger(RegistryTrackLoader.class);

    private final ExtensionRegistry registry;

    public RegistryTrackLoader(ExtensionRegistry registry) {
        this.registry = registry;
    }

    @Override
    public ResolveResult load(TrackQuery query) {
        for (SourceResolver resolver : registry.extensions(SourceResolver.class)) {
            if (resolver.accepts(query)) {
                return resolveWith(resolver, query);
            }
        }
        return new ResolveResult.NoMatch(
                "Nothing I can play matches that. Try a link to an audio file or a supported site.");
    }

    private static ResolveResult resolveWith(SourceResolver resolver, TrackQuery query) {
        try {
            return resolver.resolve(query);
        } catch (UserFacingException e) {
            return new ResolveResult.Failed(e);
        } catch (RuntimeException e) {
            log.error("Resolver '{}' failed on a query", resolver.id(), e);
            return new ResolveResult.Failed(new UserFacingException(
                    "Something went wrong while looking that up. Please try again.",
                    dev.musicbot.api.Severity.FAULT,
                    e));
        }
    }
}
