package dev.musicbot.api.testkit;

import dev.musicbot.api.storage.GuildStateStore;

class InMemoryGuildStateStoreContractTest extends GuildStateStoreContract {
    @Override
    protected GuildStateStore newStore() {
        return new InMemoryGuildStateStore();
    }
}
