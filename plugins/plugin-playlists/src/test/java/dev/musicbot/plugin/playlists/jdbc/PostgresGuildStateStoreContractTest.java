package dev.musicbot.plugin.playlists.jdbc;

import dev.musicbot.api.storage.GuildStateStore;
import dev.musicbot.api.testkit.GuildStateStoreContract;
import java.util.IdentityHashMap;
import java.util.Map;

class PostgresGuildStateStoreContractTest extends GuildStateStoreContract {
    private final Map<GuildStateStore, String> urls = new IdentityHashMap<>();

    @Override
    protected GuildStateStore newStore() {
        String url = TestDatabase.freshSchemaUrl();
        GuildStateStore store = new PostgresGuildStateStore(url, TestDatabase.user(), TestDatabase.password());
        urls.put(store, url);
        return store;
    }

    @Override
    protected GuildStateStore reopen(GuildStateStore store) {
        return new PostgresGuildStateStore(urls.get(store), TestDatabase.user(), TestDatabase.password());
    }
}
