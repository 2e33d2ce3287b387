package dev.musicbot.runtime.filter;

import com.sedmelluq.discord.lavaplayer.filter.equalizer.Equalizer;
import dev.musicbot.api.playback.AudioFilters;
import dev.musicbot.api.playback.FilterPreset;
import java.util.List;

/**
 * Bass boost as an equalizer curve: the lowest five bands (25 to 160 Hz) raised, the most at the bottom, scaled
 * by the level. A band gain g multiplies its band by 1 + 4g, so level 2 (medium) raises 40 to 63 Hz by about
 * 7 dB and level 4 (extreme) by about 14 dB. The curve is added to the user's own equalizer bands.
 */
final class BassBoost {
    private static final double[] CURVE = {1.0, 0.9, 0.75, 0.45, 0.2};
    private static final double[] LEVEL_SCALE = {0, 0.15, 0.3, 0.5, 0.8};

    private BassBoost() {}

    /** The equalizer gains for these filters: the user's bands plus the bass boost curve, within range. */
    static float[] bandGains(AudioFilters filters) {
        List<Double> user = filters.bandGains();
        float[] gains = new float[Equalizer.BAND_COUNT];
        double scale = filters.preset() == FilterPreset.BASS_BOOST ? LEVEL_SCALE[filters.level()] : 0;
        for (int band = 0; band < gains.length; band++) {
            double boost = band < CURVE.length ? CURVE[band] * scale : 0;
            double gain = user.get(band) + boost;
            gains[band] = (float) Math.max(AudioFilters.MIN_GAIN, Math.min(AudioFilters.MAX_GAIN, gain));
        }
        return gains;
    }
}
