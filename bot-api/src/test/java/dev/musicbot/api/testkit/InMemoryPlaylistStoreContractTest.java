package dev.musicbot.api.testkit;

import dev.musicbot.api.storage.PlaylistStore;

class InMemoryPlaylistStoreContractTest extends PlaylistStoreContract {
    @Override
    protected PlaylistStore newStore() {
        return new InMemoryPlaylistStore();
    }
}
