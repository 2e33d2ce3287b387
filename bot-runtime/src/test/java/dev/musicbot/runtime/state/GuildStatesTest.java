package dev.musicbot.runtime.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.musicbot.api.GuildId;
import dev.musicbot.api.storage.GuildStateStore;
import dev.musicbot.api.storage.StoredGuildState;
import dev.musicbot.api.testkit.InMemoryGuildStateStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The format lives here, whatever store keeps the text. */
class GuildStatesTest {
    private static final GuildId GUILD = new GuildId(123_456_789_012_345_678L);
    private static final GuildId OTHER = new GuildId(5);

    @Test
    void aStateRoundTripsThroughAnyStoreAsTheJsonFileFormat() {
        InMemoryGuildStateStore store = new InMemoryGuildStateStore();
        GuildStates states = new GuildStates(store);
        states.save(GUILD, StateFixtures.fullState());
        assertThat(states.load(GUILD)).isEqualTo(StateFixtures.fullState());
        assertThat(store.load(GUILD))
                .isInstanceOfSatisfying(StoredGuildState.Found.class, found -> assertThat(found.document())
                        .startsWith("{\n  \"schemaVersion\": 1,"));
        assertThat(states.guildsWithQueues()).containsExactly(GUILD);
    }

    @Test
    void aDocumentThatIsNotAStateIsSetAsideAndTheGuildStartsFromDefaults() {
        InMemoryGuildStateStore store = new InMemoryGuildStateStore();
        store.save(GUILD, "{\"schemaVersion\": 99}");
        store.save(OTHER, "[1, 2");
        GuildStates states = new GuildStates(store);
        assertThat(states.guildsWithQueues()).isEmpty();
        assertThat(store.setAsideOf(GUILD)).contains("{\"schemaVersion\": 99}");
        assertThat(store.setAsideOf(OTHER)).contains("[1, 2");
        assertThat(states.load(GUILD)).isEqualTo(GuildState.DEFAULTS);
        assertThat(store.guilds()).isEmpty();
    }

    @Test
    void whatTheStoreCannotHandBackIsSetAside() {
        List<String> setAside = new ArrayList<>();
        GuildStateStore unreadable = new GuildStateStore() {
            @Override
            public String id() {
                return "unreadable";
            }

            @Override
            public StoredGuildState load(GuildId guild) {
                return new StoredGuildState.Unreadable("disk says no");
            }

            @Override
            public void save(GuildId guild, String document) {}

            @Override
            public void update(GuildId guild, Function<StoredGuildState, Optional<String>> change) {
                change.apply(load(guild));
            }

            @Override
            public List<GuildId> guilds() {
                return List.of(GUILD);
            }

            @Override
            public void setAside(GuildId guild, String reason) {
                setAside.add(guild + ": " + reason);
            }
        };
        assertThat(new GuildStates(unreadable).load(GUILD)).isEqualTo(GuildState.DEFAULTS);
        assertThat(setAside).containsExactly(GUILD + ": disk says no");
    }

    @Test
    void clearQueueKeepsTheSettingsInOneUpdate() {
        InMemoryGuildStateStore store = new InMemoryGuildStateStore();
        GuildStates states = new GuildStates(store);
        states.save(GUILD, StateFixtures.fullState());
        states.clearQueue(GUILD);
        assertThat(states.load(GUILD)).isEqualTo(GuildState.of(StateFixtures.settings(), null));
        states.clearQueue(OTHER);
        assertThat(store.load(OTHER)).isEqualTo(StoredGuildState.ABSENT);
    }
}
