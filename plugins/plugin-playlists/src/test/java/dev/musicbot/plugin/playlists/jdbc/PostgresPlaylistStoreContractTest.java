package dev.musicbot.plugin.playlists.jdbc;

import dev.musicbot.api.storage.PlaylistStore;
import dev.musicbot.api.testkit.PlaylistStoreContract;

class PostgresPlaylistStoreContractTest extends PlaylistStoreContract {
    @Override
    protected PlaylistStore newStore() {
        return TestDatabase.freshStore();
    }
}
