package dev.musicbot.plugin.playlists;

import dev.musicbot.api.Severity;
import dev.musicbot.api.UserFacingException;
import dev.musicbot.api.plugin.PluginContext;
import dev.musicbot.api.source.BlockedAddressException;
import dev.musicbot.api.source.SourceResolver;
import dev.musicbot.api.source.TrackQuery;
import dev.musicbot.api.storage.PlaylistEntry;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the songs of an imported file as if a member had typed them, since a file can say anything and a
 * stored link is played without being looked up again. A plain link must be one a resolver takes and whose host
 * the runtime's address guard allows (as {@code /play} checks it); a link behind a source's prefix
 * ({@code youtube:https://…}, as the yt-dlp sources store them) must be one that source's own resolver
 * recognises, and pass the guard too. Search text is always fine: it is looked up again when it plays.
 */
final class ImportedEntries {
    private static final Pattern PREFIXED = Pattern.compile("([a-z][a-z0-9-]*):(\\S+)");
    private static final int SHOWN = 80;

    private ImportedEntries() {}

    /** Refuses the file, naming the first entry that typed input could not have produced. */
    static void check(PluginContext plugin, List<PlaylistEntry> entries) {
        List<SourceResolver> resolvers = plugin.extensions(SourceResolver.class);
        for (int i = 0; i < entries.size(); i++) {
            String query = entries.get(i).query();
            Optional<dev.musicbot.api.text.Text> problem = problem(plugin, resolvers, query);
            if (problem.isPresent()) {
                throw new UserFacingException(
                        Text.key("import.bad-song", i + 1, shown(query), problem.get()), Severity.COMMON);
            }
        }
    }

    private static Optional<dev.musicbot.api.text.Text> problem(
            PluginContext plugin, List<SourceResolver> resolvers, String query) {
        TrackQuery typed = new TrackQuery(query);
        if (typed.url().isPresent()) {
            boolean taken = resolvers.stream().anyMatch(r -> r.accepts(typed));
            return taken ? address(plugin, typed.url().get()) : Optional.of(Text.key("import.problem.unplayable"));
        }
        Matcher prefixed = PREFIXED.matcher(query);
        if (!prefixed.matches() || !prefixed.group(2).contains("://")) {
            return Optional.empty(); // search text, or a search key such as ytsearch:…
        }
        TrackQuery link = new TrackQuery(prefixed.group(2));
        boolean own = link.url().isPresent()
                && resolvers.stream().anyMatch(r -> r.id().equals(prefixed.group(1)) && r.accepts(link));
        return own
                ? address(plugin, link.url().get())
                : Optional.of(Text.key("import.problem.unknown-source", prefixed.group(1)));
    }

    private static Optional<dev.musicbot.api.text.Text> address(PluginContext plugin, URI link) {
        try {
            plugin.addresses().resolve(link.getHost());
            return Optional.empty();
        } catch (BlockedAddressException e) {
            return Optional.of(Text.key("import.problem.private"));
        } catch (UnknownHostException e) {
            return Optional.empty(); // not resolvable now; playing it fails politely, and is guarded again
        }
    }

    private static String shown(String query) {
        String oneLine = query.replaceAll("[\\p{Cntrl}`]+", " ");
        return oneLine.length() > SHOWN ? oneLine.substring(0, SHOWN) + "…" : oneLine;
    }
}
