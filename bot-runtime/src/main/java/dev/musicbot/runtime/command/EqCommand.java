package dev.musicbot.runtime.command;

import dev.musicbot.api.Severity;
import dev.musicbot.api.UserFacingException;
import dev.musicbot.api.command.CommandContext;
import dev.musicbot.api.command.CommandHandler;
import dev.musicbot.api.command.CommandSpec;
import dev.musicbot.api.command.OptionSpec;
import dev.musicbot.api.command.Reply;
import dev.musicbot.api.playback.AudioFilters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code /eq [gains]} (DJ): LavaPlayer's 15-band equalizer, set directly. The gains are numbers from -0.25
 * (band muted) to 1 (0 leaves a band as it is, 0.25 doubles it), from the lowest band (25 Hz) up; missing ones
 * are 0. {@code reset} makes it flat; without gains the current setting is shown.
 */
final class EqCommand implements CommandHandler {
    private static final CommandSpec SPEC = Controls.djControl("eq", "Set the 15-band equalizer")
            .withOptions(OptionSpec.optionalText(
                    "gains", "Up to 15 gains from -0.25 to 1, lowest band (25 Hz) first, or reset"));

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext ctx) {
        String text = ctx.string("gains").orElse("").trim().toLowerCase(Locale.ROOT);
        AudioFilters current = ctx.playback().filters();
        if (text.isEmpty()) {
            return Reply.ephemeral(ctx.text("eq.show", describe(current.equalizer(), ctx.locale())));
        }
        List<Double> gains;
        if (List.of("reset", "flat", "off", "0").contains(text)) {
            gains = List.of();
        } else {
            try {
                gains = parse(text);
            } catch (UserFacingException e) {
                return Reply.ephemeral(e.message(ctx.locale()));
            }
        }
        AudioFilters filters = current.withEqualizer(gains);
        ctx.playback().setFilters(filters);
        return Reply.of(ctx.text("eq.show", describe(filters.equalizer(), ctx.locale())));
    }

    static List<Double> parse(String text) {
        String[] parts = text.split("[\\s,;]+");
        if (parts.length > AudioFilters.BANDS) {
            throw new UserFacingException(
                    RuntimeMessages.text("eq.too-many", AudioFilters.BANDS, parts.length), Severity.COMMON);
        }
        List<Double> gains = new ArrayList<>();
        for (String part : parts) {
            double gain;
            try {
                gain = Double.parseDouble(part);
            } catch (NumberFormatException e) {
                throw new UserFacingException(
                        RuntimeMessages.text("eq.not-a-number", Format.escape(part)), Severity.COMMON, e);
            }
            if (!(gain >= AudioFilters.MIN_GAIN && gain <= AudioFilters.MAX_GAIN)) {
                throw new UserFacingException(
                        RuntimeMessages.text("eq.range", AudioFilters.MIN_GAIN, AudioFilters.MAX_GAIN),
                        Severity.COMMON);
            }
            gains.add(gain);
        }
        while (gains.size() < AudioFilters.BANDS) {
            gains.add(0.0);
        }
        return gains;
    }

    static String describe(List<Double> gains, Locale locale) {
        List<String> bands = new ArrayList<>();
        for (int band = 0; band < gains.size(); band++) {
            if (gains.get(band) != 0) {
                bands.add(String.format(Locale.ROOT, "%s %+.2f", hz(AudioFilters.BAND_HZ.get(band)), gains.get(band)));
            }
        }
        return bands.isEmpty() ? RuntimeMessages.BUNDLE.text(locale, "eq.flat") : String.join(" · ", bands);
    }

    private static String hz(int hz) {
        return hz >= 1000
                ? (hz % 1000 == 0 ? hz / 1000 + "" : String.format(Locale.ROOT, "%.1f", hz / 1000.0)) + " kHz"
                : hz + " Hz";
    }
}
