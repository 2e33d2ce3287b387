package dev.musicbot.plugin.lyrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitleCleanupTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Rick Astley - Never Gonna Give You Up (Official Music Video)|RickAstleyVEVO|Never Gonna Give You Up|Rick Astley",
                "Queen – Bohemian Rhapsody [Official Video Remastered]|Queen Official|Bohemian Rhapsody|Queen",
                "Daft Punk - Get Lucky (feat. Pharrell Williams) [Lyrics]||Get Lucky|Daft Punk",
                "Get Lucky ft. Pharrell Williams|Daft Punk - Topic|Get Lucky|Daft Punk",
                "Hey Jude - Remastered 2015|The Beatles|Hey Jude|The Beatles",
                "Yesterday (Remastered 2009)|The Beatles|Yesterday|The Beatles",
                "\"Shape of You\" (HD)|Ed Sheeran|Shape of You|Ed Sheeran",
                "Some Song|Some Artist|Some Song|Some Artist",
                "Heat Waves [Official Lyric Video] (4K)|Glass Animals|Heat Waves|Glass Animals",
            })
    void derivesTheSongFromAVideoTitle(String title, String author, String song, String artist) {
        SongQuery query = TitleCleanup.of(title, author == null ? "" : author);

        assertThat(query.title()).isEqualTo(song);
        assertThat(query.artist()).isEqualTo(artist);
    }

    @Test
    void aTitleThatIsAllNoiseIsKept() {
        assertThat(TitleCleanup.of("(Official Video)", "").title()).isEqualTo("(Official Video)");
    }

    @Test
    void aTypedQueryMayNameTheArtist() {
        assertThat(TitleCleanup.typed("Queen - Bohemian Rhapsody"))
                .isEqualTo(new SongQuery("Bohemian Rhapsody", "Queen"));
        assertThat(TitleCleanup.typed("bohemian rhapsody")).isEqualTo(new SongQuery("bohemian rhapsody", ""));
    }
}
