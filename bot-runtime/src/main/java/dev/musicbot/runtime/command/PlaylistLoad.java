package dev.musicbot.runtime.command;

import dev.musicbot.api.track.Track;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The tally of one {@code /aplay}: what is queued, what failed and why, and the text that shows it. */
final class PlaylistLoad {
    private static final int LISTED_FAILURES = 5;

    private final String name;
    private final int total;
    private int queued;
    private final List<String> failures = new ArrayList<>();
    private @Nullable String refusal;

    PlaylistLoad(String name, List<Track> tracks) {
        this.name = name;
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
        return "Loading **" + Format.escape(name) + "**: " + queued + " of " + total + " songs queued"
                + (failures.isEmpty() ? "" : ", " + failures.size() + " skipped") + "…";
    }

    String summary(boolean cancelled) {
        StringBuilder text = new StringBuilder();
        if (cancelled) {
            text.append("Stopped loading **")
                    .append(Format.escape(name))
                    .append("** after ")
                    .append(queued);
            text.append(" of ").append(total).append(" songs.");
        } else {
            text.append("Queued ").append(queued).append(" of ").append(total).append(" songs from **");
            text.append(Format.escape(name)).append("**.");
        }
        if (refusal != null) {
            text.append(" Stopped early: ").append(refusal);
        }
        if (!failures.isEmpty()) {
            text.append("\nSkipped ").append(failures.size()).append(": ");
            text.append(String.join(", ", failures.subList(0, Math.min(LISTED_FAILURES, failures.size()))));
            if (failures.size() > LISTED_FAILURES) {
                text.append(" and ").append(failures.size() - LISTED_FAILURES).append(" more");
            }
        }
        return text.toString();
    }
}
