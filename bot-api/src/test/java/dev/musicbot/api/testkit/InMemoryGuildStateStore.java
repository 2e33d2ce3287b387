package dev.musicbot.api.testkit;

import dev.musicbot.api.GuildId;
import dev.musicbot.api.storage.GuildStateStore;
import dev.musicbot.api.storage.StoredGuildState;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** A {@link GuildStateStore} in memory, for tests of code that uses a store. Set-aside states are kept apart. */
public final class InMemoryGuildStateStore implements GuildStateStore {
    private final Map<GuildId, String> documents = new ConcurrentHashMap<>();
    private final Map<GuildId, String> setAside = new ConcurrentHashMap<>();

    @Override
    public String id() {
        return "in-memory";
    }

    @Override
    public StoredGuildState load(GuildId guild) {
        String document = documents.get(guild);
        return document == null ? StoredGuildState.ABSENT : new StoredGuildState.Found(document);
    }

    @Override
    public void save(GuildId guild, String document) {
        documents.put(guild, document);
    }

    @Override
    public void update(GuildId guild, Function<StoredGuildState, Optional<String>> change) {
        documents.compute(guild, (g, current) -> {
            StoredGuildState stored = current == null ? StoredGuildState.ABSENT : new StoredGuildState.Found(current);
            return change.apply(stored).orElse(current);
        });
    }

    @Override
    public List<GuildId> guilds() {
        return documents.keySet().stream()
                .sorted(Comparator.comparingLong(GuildId::value))
                .toList();
    }

    @Override
    public void setAside(GuildId guild, String reason) {
        String document = documents.remove(guild);
        if (document != null) {
            setAside.put(guild, document);
        }
    }

    /**
     * What was set aside for a guild.
     *
     * @param guild the guild
     * @return the last document set aside, or empty
     */
    public Optional<String> setAsideOf(GuildId guild) {
        return Optional.ofNullable(setAside.get(guild));
    }
}
