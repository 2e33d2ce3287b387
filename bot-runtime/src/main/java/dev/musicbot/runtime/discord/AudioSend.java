package dev.musicbot.runtime.discord;

import dev.musicbot.runtime.config.BotConfig;
import java.lang.reflect.InvocationTargetException;
import net.dv8tion.jda.api.audio.factory.DefaultSendFactory;
import net.dv8tion.jda.api.audio.factory.IAudioSendFactory;
import org.jspecify.annotations.Nullable;

/**
 * How voice packets leave the bot. JDA's own sender runs one platform thread with its own 20 ms loop per voice
 * connection; the native send queue (udpqueue, the library Lavalink uses) holds each connection's next packets
 * off the Java heap and sends every connection's from one native thread, so a hundred connections cost one thread
 * instead of a hundred, and a GC pause does not delay a send.
 *
 * <p>The queue's classes are reached by reflection: its jar shares a package name with LavaPlayer's, so it cannot
 * be a named module next to it, and it stays on the class path, where reflection can read it.
 *
 * @param nativeQueue whether the native queue is used
 * @param description one line for logs and {@code musicbot doctor}
 */
public record AudioSend(boolean nativeQueue, String description) {
    private static final String FACTORY = "com.sedmelluq.discord.lavaplayer.jdaudp.NativeAudioSendFactory";
    private static final String LIBRARY = "com.sedmelluq.discord.lavaplayer.udpqueue.natives.UdpQueueManagerLibrary";

    private static final class Holder {
        static final @Nullable String UNAVAILABLE = loadNatives();
    }

    /** What the setting picks on this machine (the native library is loaded once per JVM to find out). */
    public static AudioSend choose(BotConfig.SendMode mode) {
        if (mode == BotConfig.SendMode.JAVA) {
            return new AudioSend(false, "JDA's sender, one thread per voice connection (voice.send: java)");
        }
        String unavailable = Holder.UNAVAILABLE;
        if (unavailable == null) {
            return new AudioSend(true, "native send queue (udpqueue), one thread for every voice connection");
        }
        return new AudioSend(
                false,
                "JDA's sender, one thread per voice connection: the native send queue did not load (" + unavailable
                        + ")");
    }

    /** Why the native queue cannot load here, or {@code null} when it loads. */
    public static @Nullable String nativeUnavailable() {
        return Holder.UNAVAILABLE;
    }

    /** The factory JDA is given; {@code bufferMs} is how much audio the native queue holds per connection. */
    IAudioSendFactory factory(int bufferMs) {
        if (!nativeQueue) {
            return new DefaultSendFactory();
        }
        try {
            return new NativeSendFactory((IAudioSendFactory)
                    Class.forName(FACTORY).getConstructor(int.class).newInstance(bufferMs));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The native send queue loaded but cannot be created", e);
        }
    }

    private static @Nullable String loadNatives() {
        try {
            Class.forName(LIBRARY).getMethod("getInstance").invoke(null);
            return null;
        } catch (ClassNotFoundException e) {
            return "its jar is not installed";
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            return cause.getMessage() == null
                    ? cause.toString()
                    : cause.getMessage().strip();
        } catch (ReflectiveOperationException | LinkageError e) {
            return e.toString();
        }
    }
}
