package dev.musicbot.plugin.playlists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.musicbot.api.GuildId;
import dev.musicbot.api.Severity;
import dev.musicbot.api.UserFacingException;
import dev.musicbot.api.UserId;
import dev.musicbot.api.storage.PlaylistStore;
import dev.musicbot.api.storage.StoredPlaylist;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Storage failures become the clear replies, with the cause kept; the store's own refusals pass through. */
class StorageFailuresTest {
    private static final GuildId GUILD = new GuildId(400000000000000001L);
    private static final StoredPlaylist MIX = new StoredPlaylist("Mix", new UserId(300000000000000001L), List.of());

    @Test
    void aFailedWriteSaysNothingWasChangedAndKeepsTheCause() {
        StorageFailures store = new StorageFailures(new Broken());

        for (Runnable write : List.<Runnable>of(
                () -> store.save(GUILD, MIX),
                () -> store.delete(GUILD, "Mix"),
                () -> store.setActive(GUILD, "Mix"),
                () -> store.update(GUILD, "Mix", p -> p))) {
            assertThatThrownBy(write::run)
                    .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.severity())
                            .isEqualTo(Severity.FAULT))
                    .hasMessage(StorageFailures.CANNOT_SAVE.toString())
                    .hasRootCauseMessage("No space left on device");
        }
    }

    @Test
    void aFailedReadSaysSo() {
        StorageFailures store = new StorageFailures(new Broken());

        assertThatThrownBy(() -> store.list(GUILD)).hasMessage(StorageFailures.CANNOT_READ.toString());
        assertThatThrownBy(() -> store.find(GUILD, "Mix")).hasMessage(StorageFailures.CANNOT_READ.toString());
        assertThatThrownBy(() -> store.active(GUILD)).hasMessage(StorageFailures.CANNOT_READ.toString());
    }

    @Test
    void theStoresOwnRefusalsPassThrough() {
        StorageFailures store = new StorageFailures(new Broken() {
            @Override
            public StoredPlaylist update(GuildId guild, String name, UnaryOperator<StoredPlaylist> c) {
                throw new NoSuchElementException("no playlist " + name);
            }
        });

        assertThatThrownBy(() -> store.update(GUILD, "Gone", p -> p)).isInstanceOf(NoSuchElementException.class);
        assertThat(store.id()).isEqualTo("broken");
    }

    /** A store whose disk is full. */
    private static class Broken implements PlaylistStore {
        private static UncheckedIOException full() {
            return new UncheckedIOException("Could not save", new IOException("No space left on device"));
        }

        @Override
        public String id() {
            return "broken";
        }

        @Override
        public List<StoredPlaylist> list(GuildId guild) {
            throw full();
        }

        @Override
        public Optional<StoredPlaylist> find(GuildId guild, String name) {
            throw full();
        }

        @Override
        public void save(GuildId guild, StoredPlaylist playlist) {
            throw full();
        }

        @Override
        public StoredPlaylist update(GuildId guild, String name, UnaryOperator<StoredPlaylist> c) {
            throw full();
        }

        @Override
        public boolean delete(GuildId guild, String name) {
            throw full();
        }

        @Override
        public Optional<String> active(GuildId guild) {
            throw full();
        }

        @Override
        public void setActive(GuildId guild, String name) {
            throw full();
        }
    }
}
