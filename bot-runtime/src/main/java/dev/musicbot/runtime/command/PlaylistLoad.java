package dev.musicbot.runtime.command;

import dev.musicbot.api.track.Track;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The tally of one {@code /aplay}: what is queued, what failed and why, and the text that shows it. */
final class PlaylistLoad {
    private static final int LISTED_FAILURES = 5;

    private final String name;
    private final Locale locale;
    private final int total;
    private int queued;
    private final List<String> failures = new ArrayList<>();
    private @Nullable String refusal;

    PlaylistLoad(String name, List<Track> tracks, Locale locale) {
        this.name = name;
        this.locale = locale;
        this.total = tracks.size();
    }

    void queued() {
        queued++;
    }

    void failed(Track track, String reason) {
        failures.add("**" + Format.escape(track.info().title()) + "** (" + reason + ")");
    }

    void refused(String reason) {
        refusal = reason;
    }

    String progress() {
        return failures.isEmpty()
                ? text("aplay.progress", Format.escape(name), queued, total)
                : text("aplay.progress-skipped", Format.escape(name), queued, total, failures.size());
    }

    String summary(boolean cancelled) {
        StringBuilder text = new StringBuilder();
        if (cancelled) {
            text.append(text("aplay.cancelled", Format.escape(name), queued, total));
        } else {
            text.append(text("aplay.done", queued, total, Format.escape(name)));
        }
        if (refusal != null) {
            text.append(' ').append(text("aplay.refused", refusal));
        }
        if (!failures.isEmpty()) {
            String listed = String.join(", ", failures.subList(0, Math.min(LISTED_FAILURES, failures.size())));
            text.append('\n');
            text.append(
                    failures.size() > LISTED_FAILURES
                            ? text("aplay.skipped-more", failures.size(), listed, failures.size() - LISTED_FAILURES)
                            : text("aplay.skipped", failures.size(), listed));
        }
        return text.toString();
    }

    private String text(String key, Object... args) {
        return RuntimeMessages.BUNDLE.text(locale, key, args);
    }
}
