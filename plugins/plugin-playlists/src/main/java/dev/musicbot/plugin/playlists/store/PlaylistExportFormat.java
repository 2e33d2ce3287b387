package dev.musicbot.plugin.playlists.store;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.musicbot.api.storage.StoredPlaylist;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * One exported playlist: {@code {"schemaVersion":1,"kind":"musicbot-playlist","playlist":{...}}}, where the
 * playlist object is the one the guild file holds ({@link PlaylistNodes}), written the same way (UTF-8, two-space
 * indents). Reading is strict and bounded, as the file comes from a user: UTF-8 only, no duplicate keys, shallow
 * nesting, short strings, and at most {@code maxSongs} entries checked before any entry is read.
 */
public final class PlaylistExportFormat {
    /** The value of {@code "kind"}. */
    public static final String KIND = "musicbot-playlist";

    private static final int MAX_DEPTH = 8;
    private static final int MAX_STRING = 4096;

    private static final JsonMapper READER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_DEPTH)
                            .maxStringLength(MAX_STRING)
                            .maxNumberLength(20)
                            .build())
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private PlaylistExportFormat() {}

    /**
     * The export file of a playlist.
     *
     * @param playlist the playlist
     * @return UTF-8 JSON ending in a line break
     */
    public static byte[] encode(StoredPlaylist playlist) {
        ObjectNode root = PlaylistFileFormat.MAPPER.createObjectNode();
        root.put("schemaVersion", PlaylistFileFormat.SCHEMA_VERSION);
        root.put("kind", KIND);
        PlaylistNodes.toNode(playlist, root.putObject("playlist"));
        try {
            return PlaylistFileFormat.utf8(PlaylistFileFormat.MAPPER.writeValueAsString(root) + "\n");
        } catch (JacksonException e) {
            throw new IllegalStateException("Could not write a JSON tree", e);
        }
    }

    /**
     * Reads an export file.
     *
     * @param content the file's bytes
     * @param maxSongs the most entries accepted
     * @return the playlist, with the owner the file names
     * @throws IOException with a short message saying what is wrong (may quote the file's text: escape it)
     */
    public static StoredPlaylist decode(byte[] content, int maxSongs) throws IOException {
        JsonNode root = parse(content);
        PlaylistFileFormat.checkVersion(root.get("schemaVersion"));
        JsonNode kind = root.get("kind");
        if (kind == null || !KIND.equals(kind.textValue())) {
            throw new IOException("\"kind\" is not \"" + KIND + "\"");
        }
        JsonNode playlist = root.get("playlist");
        JsonNode entries = playlist == null ? null : playlist.get("entries");
        if (entries != null && entries.isArray() && entries.size() > maxSongs) {
            throw new TooManySongsException(entries.size(), maxSongs);
        }
        try {
            return PlaylistNodes.fromNode(playlist, "playlist");
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static JsonNode parse(byte[] content) throws IOException {
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content));
        } catch (CharacterCodingException e) {
            throw new IOException("it is not UTF-8 text", e);
        }
        JsonNode root;
        try {
            root = READER.readTree(content);
        } catch (JacksonException e) {
            throw new IOException("it is not valid JSON (" + e.getOriginalMessage() + ")", e);
        }
        if (root == null || !root.isObject()) {
            throw new IOException("it is not a JSON object");
        }
        return root;
    }

    /** The file holds more songs than a playlist may. */
    public static final class TooManySongsException extends IOException {
        private static final long serialVersionUID = 1L;

        /** How many songs the file holds. */
        private final int songs;

        TooManySongsException(int songs, int limit) {
            super("it holds " + songs + " songs; a playlist can hold at most " + limit);
            this.songs = songs;
        }

        /**
         * How many songs the file holds.
         *
         * @return the count
         */
        public int songs() {
            return songs;
        }
    }
}
