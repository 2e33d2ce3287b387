package dev.musicbot.plugin.playlists.store;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.musicbot.api.storage.StoredPlaylist;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The file of one guild, version 1: {@code {"schemaVersion":1,"active":<name or null>,"playlists":[...]}},
 * UTF-8, pretty-printed with two-space indents and {@code \n} line ends on every platform. Only Jackson's tree
 * model is used, so no class of this plugin is bound by reflection.
 */
final class PlaylistFileFormat {
    /** The version this code writes, and the newest it reads. */
    static final int SCHEMA_VERSION = 1;

    private static final DefaultIndenter INDENT = new DefaultIndenter("  ", "\n");

    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .defaultPrettyPrinter(new DefaultPrettyPrinter()
                    .withSeparators(Separators.createDefaultInstance()
                            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                            .withObjectEmptySeparator("")
                            .withArrayEmptySeparator(""))
                    .withObjectIndenter(INDENT)
                    .withArrayIndenter(INDENT))
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private PlaylistFileFormat() {}

    /**
     * The file content for a guild's playlists.
     *
     * @param guild the playlists
     * @return UTF-8 JSON ending in a line break
     * @throws IllegalArgumentException if some text holds an unpaired surrogate, which UTF-8 cannot represent
     */
    static byte[] encode(GuildPlaylists guild) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("active", guild.active());
        ArrayNode playlists = root.putArray("playlists");
        for (StoredPlaylist playlist : guild.playlists()) {
            playlists.add(PlaylistNodes.toNode(playlist, MAPPER.createObjectNode()));
        }
        String json;
        try {
            json = MAPPER.writeValueAsString(root) + "\n";
        } catch (JacksonException e) {
            throw new IllegalStateException("Could not write a JSON tree", e);
        }
        return utf8(json);
    }

    /** Strict UTF-8: an unpaired surrogate is refused rather than silently turned into {@code ?}. */
    static byte[] utf8(String text) {
        try {
            ByteBuffer encoded = StandardCharsets.UTF_8.newEncoder().encode(CharBuffer.wrap(text));
            byte[] bytes = new byte[encoded.remaining()];
            encoded.get(bytes);
            return bytes;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(
                    "a playlist holds text that is not valid Unicode (an unpaired surrogate)", e);
        }
    }

    /**
     * Reads a guild's playlists.
     *
     * @param content the file content
     * @return the playlists
     * @throws IOException with a message saying what is wrong, if the content is not a version this code reads
     */
    static GuildPlaylists decode(byte[] content) throws IOException {
        JsonNode root;
        try {
            root = MAPPER.readTree(content);
        } catch (JacksonException e) {
            throw new IOException("not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IOException("not a JSON object");
        }
        checkVersion(root.get("schemaVersion"));
        try {
            return new GuildPlaylists(PlaylistNodes.optionalText(root, "active", ""), playlists(root.get("playlists")));
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    static void checkVersion(JsonNode version) throws IOException {
        if (version == null || !version.isIntegralNumber() || !version.canConvertToInt()) {
            throw new IOException("\"schemaVersion\" is missing or not a whole number");
        }
        int value = version.intValue();
        if (value > SCHEMA_VERSION) {
            throw new IOException("it has schemaVersion " + value + ", written by a newer version of the bot;"
                    + " this version reads up to " + SCHEMA_VERSION);
        }
        if (value < 1) {
            throw new IOException("unknown schemaVersion " + value);
        }
    }

    private static List<StoredPlaylist> playlists(JsonNode node) {
        if (node == null || !node.isArray()) {
            throw new IllegalArgumentException("\"playlists\" is missing or not an array");
        }
        List<StoredPlaylist> playlists = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            playlists.add(PlaylistNodes.fromNode(node.get(i), "playlists[" + i + "]"));
        }
        return playlists;
    }
}
