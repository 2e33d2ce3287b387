package dev.musicbot.plugin.playlists.store;

import dev.musicbot.store.AtomicFileWriter;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

/** An {@link AtomicFileWriter} hook that, once armed, "kills the process" after the temporary file is written. */
final class CrashingWriter implements AtomicFileWriter.BeforeRename {
    /** Stands for the process dying: an {@link Error}, so no cleanup code for ordinary failures runs. */
    static final class SimulatedCrash extends Error {
        private static final long serialVersionUID = 1L;

        SimulatedCrash(Path temp) {
            super("simulated crash with " + temp + " written but not renamed");
        }
    }

    private final AtomicBoolean armed = new AtomicBoolean();

    void arm() {
        armed.set(true);
    }

    @Override
    public void run(Path temp) {
        if (armed.getAndSet(false)) {
            throw new SimulatedCrash(temp);
        }
    }
}
