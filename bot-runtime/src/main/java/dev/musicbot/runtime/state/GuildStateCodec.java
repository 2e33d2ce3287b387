package dev.musicbot.runtime.state;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import dev.musicbot.api.playback.AudioFilters;
import dev.musicbot.api.playback.SegmentCategory;
import dev.musicbot.api.playback.SegmentSkipping;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * The on-disk format: the records as pretty-printed camelCase JSON, {@link Instant}s as ISO-8601 text, {@code \n}
 * line ends on every platform. Writing binds the records directly; reading goes through {@link
 * GuildStateReader} so that a hand-edited file is repaired rather than rejected.
 */
final class GuildStateCodec {
    private static final DefaultIndenter INDENT = new DefaultIndenter("  ", "\n");

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .addModule(new SimpleModule("guild-state")
                    .addSerializer(Instant.class, ToStringSerializer.instance)
                    .addSerializer(AudioFilters.class, new FiltersSerializer())
                    .addSerializer(SegmentSkipping.class, new SkippingSerializer()))
            .enable(SerializationFeature.INDENT_OUTPUT)
            .defaultPrettyPrinter(new DefaultPrettyPrinter()
                    .withSeparators(Separators.createDefaultInstance()
                            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                            .withObjectEmptySeparator("")
                            .withArrayEmptySeparator(""))
                    .withObjectIndenter(INDENT)
                    .withArrayIndenter(INDENT))
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private GuildStateCodec() {}

    /** A state read from a file, and what had to be repaired on the way. */
    record Decoded(GuildState state, List<String> repairs) {
        Decoded {
            repairs = List.copyOf(repairs);
        }
    }

    static byte[] encode(GuildState state) throws IOException {
        return (MAPPER.writeValueAsString(state) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    static Decoded decode(byte[] content) throws UnreadableStateException {
        JsonNode root;
        try {
            root = MAPPER.readTree(content);
        } catch (JacksonException e) {
            throw new UnreadableStateException("not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UnreadableStateException("not readable: " + e.getMessage());
        }
        if (root == null) {
            throw new UnreadableStateException("empty");
        }
        GuildStateReader reader = new GuildStateReader();
        GuildState state = reader.read(root);
        return new Decoded(state, reader.repairs());
    }

    /** Writes exactly the three fields of {@link AudioFilters}, the preset by its constant name. */
    private static final class FiltersSerializer extends StdSerializer<AudioFilters> {
        private static final long serialVersionUID = 1L;

        FiltersSerializer() {
            super(AudioFilters.class);
        }

        @Override
        public void serialize(AudioFilters filters, JsonGenerator out, SerializerProvider provider) throws IOException {
            out.writeStartObject();
            out.writeStringField("preset", filters.preset().name());
            out.writeNumberField("level", filters.level());
            out.writeArrayFieldStart("equalizer");
            for (double gain : filters.equalizer()) {
                out.writeNumber(gain);
            }
            out.writeEndArray();
            out.writeEndObject();
        }
    }

    /** Writes whether segments are skipped and which, by their ids (as SponsorBlock names them). */
    private static final class SkippingSerializer extends StdSerializer<SegmentSkipping> {
        private static final long serialVersionUID = 1L;

        SkippingSerializer() {
            super(SegmentSkipping.class);
        }

        @Override
        public void serialize(SegmentSkipping skipping, JsonGenerator out, SerializerProvider provider)
                throws IOException {
            out.writeStartObject();
            out.writeBooleanField("enabled", skipping.enabled());
            out.writeArrayFieldStart("categories");
            for (SegmentCategory category : SegmentCategory.values()) {
                if (skipping.categories().contains(category)) {
                    out.writeString(category.id());
                }
            }
            out.writeEndArray();
            out.writeEndObject();
        }
    }
}
