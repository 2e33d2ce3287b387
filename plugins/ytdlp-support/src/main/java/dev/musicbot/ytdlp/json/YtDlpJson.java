package dev.musicbot.ytdlp.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;

/** Reads yt-dlp's {@code -J} output into {@link YtDlpOutput}. Thread-safe. */
public final class YtDlpJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private YtDlpJson() {}

    /**
     * Parses one run's output.
     *
     * @param json the bytes yt-dlp printed
     * @return a playlist if the output has {@code _type: playlist} or an {@code entries} array, else an entry
     * @throws IOException if it is not a JSON object
     */
    public static YtDlpOutput parse(byte[] json) throws IOException {
        JsonNode tree = MAPPER.readTree(json);
        if (tree == null || !tree.isObject()) {
            throw new IOException("yt-dlp did not print a JSON object");
        }
        boolean playlist = "playlist".equals(tree.path("_type").asText())
                || tree.path("entries").isArray();
        return playlist ? MAPPER.treeToValue(tree, YtDlpPlaylist.class) : MAPPER.treeToValue(tree, YtDlpEntry.class);
    }
}
