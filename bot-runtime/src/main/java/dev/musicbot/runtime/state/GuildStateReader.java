package dev.musicbot.runtime.state;

import com.fasterxml.jackson.databind.JsonNode;
import dev.musicbot.api.playback.AudioFilters;
import dev.musicbot.api.playback.FilterPreset;
import dev.musicbot.api.playback.RepeatMode;
import dev.musicbot.api.playback.SegmentCategory;
import dev.musicbot.api.playback.SegmentSkipping;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads a state from its JSON tree, repairing what a hand edit may have broken: out-of-range or mistyped
 * settings fall back to their defaults, a bad track is dropped, a queue without its channels is dropped. Only a
 * file that is not a state at all (or of a newer schema) is rejected. Each repair is noted for the log.
 */
final class GuildStateReader {
    private final List<String> repairs = new ArrayList<>();

    List<String> repairs() {
        return List.copyOf(repairs);
    }

    GuildState read(JsonNode root) throws UnreadableStateException {
        if (!root.isObject()) {
            throw new UnreadableStateException("not a JSON object");
        }
        JsonNode version = root.path("schemaVersion");
        if (!version.isIntegralNumber()) {
            throw new UnreadableStateException("no numeric schemaVersion");
        }
        if (version.bigIntegerValue().signum() <= 0) {
            throw new UnreadableStateException("schemaVersion " + version + " is not valid");
        }
        if (!version.canConvertToInt() || version.intValue() > GuildState.SCHEMA_VERSION) {
            throw new UnreadableStateException("schemaVersion " + version + " is newer than the supported "
                    + GuildState.SCHEMA_VERSION + " (written by a newer version of the bot?)");
        }
        return GuildState.of(settings(root.path("settings")), queue(root.path("queue")));
    }

    private GuildSettings settings(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return GuildSettings.DEFAULTS;
        }
        if (!node.isObject()) {
            repairs.add("settings is not an object: using defaults");
            return GuildSettings.DEFAULTS;
        }
        return new GuildSettings(
                volume(node.path("volume")),
                repeat(node.path("repeat")),
                flag(node, "stay247"),
                djRoleId(node.path("djRoleId")),
                filters(node.path("filters")),
                flag(node, "normalize"),
                flag(node, "autoplay"),
                skipping(node.path("skipping")));
    }

    private SegmentSkipping skipping(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return SegmentSkipping.DEFAULT;
        }
        if (!node.isObject()
                || !node.path("enabled").isBoolean()
                || !node.path("categories").isArray()) {
            repairs.add("skipping " + node + " is not valid: skipping the default segments");
            return SegmentSkipping.DEFAULT;
        }
        Set<SegmentCategory> categories = EnumSet.noneOf(SegmentCategory.class);
        for (JsonNode category : node.path("categories")) {
            Optional<SegmentCategory> known = SegmentCategory.parse(category.asText(""));
            if (known.isPresent()) {
                categories.add(known.get());
            } else {
                repairs.add("skipping category " + category + " is unknown: left out");
            }
        }
        return new SegmentSkipping(node.path("enabled").booleanValue(), categories);
    }

    private AudioFilters filters(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return AudioFilters.NONE;
        }
        try {
            if (!node.isObject()) {
                throw new IllegalArgumentException("not an object");
            }
            FilterPreset preset = FilterPreset.valueOf(node.path("preset").asText("OFF"));
            List<Double> gains = new ArrayList<>();
            for (JsonNode gain : node.path("equalizer")) {
                if (!gain.isNumber()) {
                    throw new IllegalArgumentException("band gain " + gain + " is not a number");
                }
                gains.add(gain.doubleValue());
            }
            if (!node.path("level").isMissingNode() && !node.path("level").canConvertToInt()) {
                throw new IllegalArgumentException("level " + node.path("level") + " is not a whole number");
            }
            return new AudioFilters(preset, node.path("level").asInt(0), gains);
        } catch (IllegalArgumentException e) {
            repairs.add("filters " + node + " are not valid (" + e.getMessage() + "): filters off");
            return AudioFilters.NONE;
        }
    }

    private int volume(JsonNode node) {
        if (node.isMissingNode()) {
            return GuildSettings.DEFAULTS.volume();
        }
        if (!node.isNumber()) {
            repairs.add("volume " + node + " is not a number: using " + GuildSettings.DEFAULTS.volume());
            return GuildSettings.DEFAULTS.volume();
        }
        double value = node.doubleValue();
        int clamped = (int) Math.max(GuildSettings.MIN_VOLUME, Math.min(GuildSettings.MAX_VOLUME, value));
        if (clamped != value) {
            repairs.add("volume " + node + " is not a whole number from " + GuildSettings.MIN_VOLUME + " to "
                    + GuildSettings.MAX_VOLUME + ": using " + clamped);
        }
        return clamped;
    }

    private RepeatMode repeat(JsonNode node) {
        if (node.isMissingNode()) {
            return GuildSettings.DEFAULTS.repeat();
        }
        if (node.isTextual()) {
            for (RepeatMode mode : RepeatMode.values()) {
                if (mode.name().equals(node.textValue().trim().toUpperCase(Locale.ROOT))) {
                    return mode;
                }
            }
        }
        repairs.add("repeat " + node + " is not a repeat mode: using " + GuildSettings.DEFAULTS.repeat());
        return GuildSettings.DEFAULTS.repeat();
    }

    private @Nullable String djRoleId(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        String text = node.isTextual() || node.isIntegralNumber() ? node.asText() : "";
        if (Snowflakes.isSnowflake(text)) {
            return text;
        }
        repairs.add("djRoleId " + node + " is not a snowflake: no DJ role");
        return null;
    }

    private @Nullable QueueSnapshot queue(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        JsonNode voice = node.path("voiceChannelId");
        JsonNode text = node.path("textChannelId");
        if (!node.isObject() || !isId(voice) || !isId(text)) {
            repairs.add("queue has no valid voiceChannelId and textChannelId: queue dropped");
            return null;
        }
        return new QueueSnapshot(
                voice.longValue(),
                text.longValue(),
                track(node.path("current"), "current track"),
                count(node, "positionMillis"),
                flag(node, "paused"),
                upcoming(node.path("upcoming")),
                savedAt(node.path("savedAt")));
    }

    private List<SnapshotTrack> upcoming(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            repairs.add("upcoming is not an array: no upcoming tracks");
            return List.of();
        }
        List<SnapshotTrack> tracks = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            SnapshotTrack track = track(node.get(i), "upcoming[" + i + "]");
            if (track != null) {
                tracks.add(track);
            }
        }
        return tracks;
    }

    private @Nullable SnapshotTrack track(JsonNode node, String label) {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        try {
            return TrackFields.read(node);
        } catch (IllegalArgumentException e) {
            repairs.add(label + " dropped: " + e.getMessage());
            return null;
        }
    }

    private Instant savedAt(JsonNode node) {
        try {
            if (node.isTextual()) {
                return Instant.parse(node.textValue());
            }
            if (node.isIntegralNumber() && node.canConvertToLong()) {
                return Instant.ofEpochMilli(node.longValue());
            }
        } catch (DateTimeParseException | ArithmeticException e) {
            // repaired below
        }
        repairs.add("savedAt " + node + " is not an ISO-8601 instant: using " + Instant.EPOCH);
        return Instant.EPOCH;
    }

    private boolean flag(JsonNode parent, String field) {
        JsonNode node = parent.path(field);
        if (node.isBoolean() || node.isMissingNode()) {
            return node.asBoolean(false);
        }
        repairs.add(field + " " + node + " is not true or false: using false");
        return false;
    }

    private long count(JsonNode parent, String field) {
        JsonNode node = parent.path(field);
        if (node.isMissingNode()) {
            return 0;
        }
        if (node.isIntegralNumber() && node.canConvertToLong() && node.longValue() >= 0) {
            return node.longValue();
        }
        repairs.add(field + " " + node + " is not a count: using 0");
        return 0;
    }

    private static boolean isId(JsonNode node) {
        return node.isIntegralNumber() && node.canConvertToLong() && node.longValue() > 0;
    }
}
