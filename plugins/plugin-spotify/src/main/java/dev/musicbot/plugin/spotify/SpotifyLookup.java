package dev.musicbot.plugin.spotify;

import dev.musicbot.api.source.ResolveResult;

/** Resolves a parsed track, album, playlist or mirror link. The seam between the resolver and the Web API. */
@FunctionalInterface
interface SpotifyLookup {

    /**
     * Resolves a link. May block.
     *
     * @param link a track, album, playlist or mirror link
     * @return the outcome
     */
    ResolveResult resolve(SpotifyLink link);
}
