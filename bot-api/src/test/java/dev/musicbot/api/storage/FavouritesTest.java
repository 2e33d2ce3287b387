package dev.musicbot.api.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.musicbot.api.UserId;
import java.util.List;
import org.junit.jupiter.api.Test;

class FavouritesTest {
    private static final UserId ALICE = new UserId(123_456_789_012_345_678L);
    private static final UserId BOB = new UserId(876_543_210_987_654_321L);

    @Test
    void eachMemberHasAValidNameOfTheirOwnThatATypedNameCannotTake() {
        String alices = Favourites.playlistName(ALICE);

        assertThat(alices).isNotEqualToIgnoringCase(Favourites.playlistName(BOB));
        assertThat(new StoredPlaylist(alices, ALICE, List.of()).name()).isEqualTo(alices);
        assertThat(Favourites.isFavourites(alices)).isTrue();
        assertThat(alices.codePoints().anyMatch(c -> Character.getType(c) == Character.FORMAT))
                .as("a format character, which typed playlist names are refused for")
                .isTrue();
        assertThat(Favourites.isFavourites("♥ Favourites " + ALICE)).isFalse();
    }
}
