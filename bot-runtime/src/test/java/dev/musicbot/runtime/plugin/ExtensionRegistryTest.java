package dev.musicbot.runtime.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.musicbot.api.source.ResolveResult;
import dev.musicbot.api.source.SourceResolver;
import dev.musicbot.api.source.TrackQuery;
import dev.musicbot.api.storage.PlaylistStore;
import dev.musicbot.api.testkit.InMemoryPlaylistStore;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExtensionRegistryTest {

    record Resolver(String id, int priority) implements SourceResolver {
        public boolean accepts(TrackQuery query) {
            return true;
        }

        public ResolveResult resolve(TrackQuery query) {
            return new ResolveResult.NoMatch("none");
        }
    }

    @Test
    void resolversAreOrderedByPriorityThenId() {
        ExtensionRegistry registry = new ExtensionRegistry();
        registry.register("a", SourceResolver.class, new Resolver("zeta", 0));
        registry.register("b", SourceResolver.class, new Resolver("alpha", 0));
        registry.register("c", SourceResolver.class, new Resolver("first", 10));
        registry.register("d", SourceResolver.class, new Resolver("last", -100));
        assertThat(registry.extensions(SourceResolver.class))
                .extracting(SourceResolver::id)
                .containsExactly("first", "alpha", "zeta", "last");
    }

    @Test
    void duplicateIdsAreRefusedNamingBothPlugins() {
        ExtensionRegistry registry = new ExtensionRegistry();
        registry.register("youtube", SourceResolver.class, new Resolver("yt", 0));
        assertThatThrownBy(() -> registry.register("other", SourceResolver.class, new Resolver("yt", 0)))
                .isInstanceOf(ExtensionConflictException.class)
                .hasMessage("SourceResolver 'yt' is registered by both plugin 'youtube' and plugin 'other'");
    }

    @Test
    void onlyExtensionPointsCanBeRegistered() {
        ExtensionRegistry registry = new ExtensionRegistry();
        assertThatThrownBy(() -> registry.register("x", Runnable.class, () -> {}))
                .hasMessageContaining("is not an extension point");
    }

    @Test
    void unregisterRemovesOnlyThatPlugin() {
        ExtensionRegistry registry = new ExtensionRegistry();
        registry.register("a", SourceResolver.class, new Resolver("one", 0));
        registry.register("b", SourceResolver.class, new Resolver("two", 0));
        registry.unregisterAll("a");
        assertThat(registry.extensions(SourceResolver.class))
                .extracting(SourceResolver::id)
                .containsExactly("two");
    }

    @Test
    void singleCardinalityPointIsChosenByConfiguration() {
        PlaylistStore json = new NamedStore("json-file");
        PlaylistStore sql = new NamedStore("postgres");
        ExtensionRegistry selected = new ExtensionRegistry(Map.of(PlaylistStore.class, "postgres"));
        selected.register("a", PlaylistStore.class, json);
        selected.register("b", PlaylistStore.class, sql);
        assertThat(selected.find(PlaylistStore.class)).containsSame(sql);

        ExtensionRegistry unselected = new ExtensionRegistry();
        unselected.register("a", PlaylistStore.class, json);
        assertThat(unselected.find(PlaylistStore.class)).containsSame(json);
    }

    private static final class NamedStore implements PlaylistStore {
        private final String id;
        private final InMemoryPlaylistStore delegate = new InMemoryPlaylistStore();

        NamedStore(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public java.util.List<dev.musicbot.api.storage.StoredPlaylist> list(dev.musicbot.api.GuildId g) {
            return delegate.list(g);
        }

        public java.util.Optional<dev.musicbot.api.storage.StoredPlaylist> find(dev.musicbot.api.GuildId g, String n) {
            return delegate.find(g, n);
        }

        public void save(dev.musicbot.api.GuildId g, dev.musicbot.api.storage.StoredPlaylist p) {
            delegate.save(g, p);
        }

        public boolean delete(dev.musicbot.api.GuildId g, String n) {
            return delegate.delete(g, n);
        }

        public java.util.Optional<String> active(dev.musicbot.api.GuildId g) {
            return delegate.active(g);
        }

        public void setActive(dev.musicbot.api.GuildId g, String n) {
            delegate.setActive(g, n);
        }
    }
}
