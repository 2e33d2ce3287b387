package dev.musicbot.runtime.playback;

/**
 * Maps the user's volume (0 to 100, linear in amplitude: 50 is half, about -6 dB) to LavaPlayer's volume,
 * whose gain is {@code tan(volume * 0.0079)} (LavaPlayer's PcmVolumeProcessor). 100 maps to 100, LavaPlayer's
 * untouched pass-through.
 */
final class VolumeCurve {
    private static final double ENGINE_STEP = 0.0079;
    private static final double FULL_GAIN = Math.tan(100 * ENGINE_STEP);

    private VolumeCurve() {}

    static int toEngine(int percent) {
        if (percent <= 0) {
            return 0;
        }
        if (percent >= 100) {
            return 100;
        }
        return (int) Math.round(Math.atan(percent / 100.0 * FULL_GAIN) / ENGINE_STEP);
    }

    /** The amplitude gain LavaPlayer applies at an engine volume, relative to volume 100. */
    static double relativeGain(int engineVolume) {
        return Math.tan(engineVolume * ENGINE_STEP) / FULL_GAIN;
    }
}
