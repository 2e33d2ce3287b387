package dev.musicbot.testkit.audio;

/** An in-place iterative radix-2 FFT. */
final class Fft {
    private Fft() {}

    /** Transforms {@code re + i·im} in place; the length must be a power of two. */
    static void transform(double[] re, double[] im) {
        int n = re.length;
        if (Integer.bitCount(n) != 1 || im.length != n) {
            throw new IllegalArgumentException("FFT size must be a power of two: " + n);
        }
        reorder(re, im);
        for (int size = 2; size <= n; size <<= 1) {
            double angle = -2 * Math.PI / size;
            double stepRe = Math.cos(angle);
            double stepIm = Math.sin(angle);
            for (int start = 0; start < n; start += size) {
                butterflies(re, im, start, size, stepRe, stepIm);
            }
        }
    }

    private static void butterflies(double[] re, double[] im, int start, int size, double stepRe, double stepIm) {
        double wRe = 1;
        double wIm = 0;
        int half = size / 2;
        for (int k = 0; k < half; k++) {
            int a = start + k;
            int b = a + half;
            double tRe = wRe * re[b] - wIm * im[b];
            double tIm = wRe * im[b] + wIm * re[b];
            re[b] = re[a] - tRe;
            im[b] = im[a] - tIm;
            re[a] += tRe;
            im[a] += tIm;
            double nextRe = wRe * stepRe - wIm * stepIm;
            wIm = wRe * stepIm + wIm * stepRe;
            wRe = nextRe;
        }
    }

    private static void reorder(double[] re, double[] im) {
        int n = re.length;
        for (int i = 1, j = 0; i < n; i++) {
            int bit = n >> 1;
            for (; (j & bit) != 0; bit >>= 1) {
                j ^= bit;
            }
            j ^= bit;
            if (i < j) {
                double t = re[i];
                re[i] = re[j];
                re[j] = t;
                t = im[i];
                im[i] = im[j];
                im[j] = t;
            }
        }
    }
}
