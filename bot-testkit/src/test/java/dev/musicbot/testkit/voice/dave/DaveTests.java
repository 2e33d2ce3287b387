package dev.musicbot.testkit.voice.dave;

import static org.assertj.core.api.Assertions.fail;

import java.nio.ByteBuffer;
import org.junit.jupiter.api.Assumptions;

/** For tests tagged "dave": they need libdave, and in CI (CI=true) its absence is a failure, not a skip. */
public final class DaveTests {
    private DaveTests() {}

    public static void requireLibDave() {
        LibDaveProbe.problem().ifPresent(problem -> {
            String message = problem + "; run the DAVE tests with .ci/dave-tests (a Debian 13 root)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message);
            }
            System.err.println("Skipping a DAVE test: " + message);
            Assumptions.abort(message);
        });
    }

    /** libdave reads its input through native memory: JDAVE needs direct buffers. */
    static ByteBuffer direct(byte[] bytes) {
        return ByteBuffer.allocateDirect(bytes.length).put(bytes).flip();
    }

    static byte[] bytes(ByteBuffer buffer) {
        byte[] out = new byte[buffer.remaining()];
        buffer.duplicate().get(out);
        return out;
    }
}
