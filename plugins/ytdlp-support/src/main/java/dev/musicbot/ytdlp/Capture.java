package dev.musicbot.ytdlp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Where a {@link ProcessRunner} reader puts a stream's bytes: all of them up to a limit, or only the last few. */
sealed interface Capture {
    /** How captured text is decoded. */
    Charset CHARSET = StandardCharsets.UTF_8;

    /**
     * Reads the stream to its end.
     *
     * @param in the stream
     * @throws IOException if reading fails or the capture overflows
     */
    void drain(InputStream in) throws IOException;

    /**
     * What was captured.
     *
     * @return the bytes
     */
    byte[] bytes();

    /** Everything, failing once more than {@code limit} bytes arrive. */
    final class Head implements Capture {
        private final int limit;
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Head(int limit) {
            this.limit = limit;
        }

        @Override
        public void drain(InputStream in) throws IOException {
            byte[] buffer = new byte[64 << 10];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                if (out.size() + read > limit) {
                    throw new IOException("the program printed more than " + (limit >> 20) + " MiB");
                }
                out.write(buffer, 0, read);
            }
        }

        @Override
        public byte[] bytes() {
            return out.toByteArray();
        }
    }

    /** Only the last {@code limit} bytes (error messages come last); the stream is always read to its end. */
    final class Tail implements Capture {
        private final byte[] ring;
        private long total;

        Tail(int limit) {
            this.ring = new byte[limit];
        }

        @Override
        public void drain(InputStream in) throws IOException {
            byte[] buffer = new byte[8 << 10];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                for (int i = 0; i < read; i++) {
                    ring[(int) (total++ % ring.length)] = buffer[i];
                }
            }
        }

        @Override
        public byte[] bytes() {
            if (total <= ring.length) {
                return Arrays.copyOf(ring, (int) total);
            }
            int start = (int) (total % ring.length);
            byte[] ordered = new byte[ring.length];
            System.arraycopy(ring, start, ordered, 0, ring.length - start);
            System.arraycopy(ring, 0, ordered, ring.length - start, start);
            return ordered;
        }
    }
}
