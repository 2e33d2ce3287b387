package dev.musicbot.plugin.spotify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Beyoncé — Déjà Vu!|beyonce deja vu",
                "Don't Stop Me Now|dont stop me now",
                "  A$AP  Rocky |a ap rocky",
                "ＦＵＬＬＷＩＤＴＨ|fullwidth"
            })
    void normaliseFoldsCaseAccentsAndPunctuation(String text, String expected) {
        assertThat(Words.normalise(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Despacito (feat. Daddy Yankee)|Despacito",
                "Song [with Someone]|Song",
                "Song feat. Someone Else|Song",
                "Bohemian Rhapsody - Remastered 2011|Bohemian Rhapsody",
                "Heroes (2017 Remaster)|Heroes",
                "Midnight Drive - Nova Remix|Midnight Drive - Nova Remix"
            })
    void bareTitleDropsCreditsAndRemasterNotes(String title, String expected) {
        assertThat(Words.bareTitle(title).strip()).isEqualTo(expected);
    }
}
