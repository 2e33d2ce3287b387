package dev.musicbot.runtime.discord;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import net.dv8tion.jda.api.audio.AudioSendHandler;
import net.dv8tion.jda.api.audio.factory.IAudioSendFactory;
import net.dv8tion.jda.api.audio.factory.IAudioSendSystem;
import net.dv8tion.jda.api.audio.factory.IPacketProvider;
import net.dv8tion.jda.api.audio.hooks.ConnectionStatus;
import net.dv8tion.jda.api.entities.channel.middleman.AudioChannel;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * udpqueue's send factory, with one addition: when a track is stopped or replaced, the packets its connection
 * still holds are dropped, so that a stop or a skip is heard at once instead of after the queue's buffer (400 ms
 * by default) of the old track. JDA's sender holds nothing, so it needs no such step.
 *
 * <p>udpqueue's Java side does not expose the native {@code deleteQueue} it has; it is reached through the queue's
 * private fields, under the factory's own lock (the lock it holds when it frees the native queue manager). If those
 * fields are not found (another udpqueue version), packets are not dropped and the delay stays.
 */
final class NativeSendFactory implements IAudioSendFactory {
    private static final Logger log = LoggerFactory.getLogger(NativeSendFactory.class);

    private final IAudioSendFactory delegate;
    private final @Nullable Handles handles;

    NativeSendFactory(IAudioSendFactory delegate) {
        this.delegate = delegate;
        this.handles = Handles.find(delegate);
    }

    /** Whether stale packets can be dropped with this udpqueue version. */
    boolean drops() {
        return handles != null;
    }

    @Override
    public IAudioSendSystem createSendSystem(IPacketProvider packetProvider) {
        DroppingProvider provider = new DroppingProvider(packetProvider);
        IAudioSendSystem system = delegate.createSendSystem(provider);
        provider.system = system;
        return system;
    }

    private void drop(IAudioSendSystem system) {
        Handles found = handles;
        if (found == null) {
            return;
        }
        try {
            found.drop(delegate, system);
        } catch (ReflectiveOperationException | RuntimeException e) {
            log.warn("Cannot drop the queued packets of a stopped track; it is heard a little longer", e);
        }
    }

    /** The fields and method of udpqueue that drop one connection's queue. */
    private record Handles(Field lock, Field manager, Field library, Field instance, Field key, Method delete) {
        static @Nullable Handles find(IAudioSendFactory factory) {
            try {
                Class<?> managerType =
                        factory.getClass().getDeclaredField("queueManager").getType();
                Field library = accessible(managerType.getDeclaredField("library"));
                Class<?> system = Class.forName(
                        factory.getClass().getPackageName() + ".NativeAudioSendSystem",
                        false,
                        factory.getClass().getClassLoader());
                return new Handles(
                        accessible(factory.getClass().getDeclaredField("lock")),
                        accessible(factory.getClass().getDeclaredField("queueManager")),
                        library,
                        accessible(managerType.getDeclaredField("instance")),
                        accessible(system.getDeclaredField("queueKey")),
                        library.getType().getMethod("deleteQueue", long.class, long.class));
            } catch (ReflectiveOperationException | RuntimeException e) {
                log.warn(
                        "This udpqueue version cannot drop queued packets: a stop or skip is heard after its buffer",
                        e);
                return null;
            }
        }

        private static Field accessible(Field field) {
            field.setAccessible(true);
            return field;
        }

        void drop(IAudioSendFactory factory, IAudioSendSystem system) throws ReflectiveOperationException {
            synchronized (lock.get(factory)) {
                Object queues = manager.get(factory);
                if (queues != null) {
                    delete.invoke(library.get(queues), instance.getLong(queues), key.getLong(system));
                }
            }
        }
    }

    /**
     * JDA's packet provider, asked by udpqueue's populator for each packet; before each it asks the connection's
     * send handler whether a track was stopped or replaced since, and drops what is queued if so.
     */
    private final class DroppingProvider implements IPacketProvider {
        private final IPacketProvider provider;
        private volatile @Nullable IAudioSendSystem system;

        DroppingProvider(IPacketProvider provider) {
            this.provider = provider;
        }

        @Override
        public @Nullable ByteBuffer getNextPacketRaw(boolean changeTalking) {
            IAudioSendSystem sending = system;
            if (sending != null && interrupted()) {
                drop(sending);
            }
            return provider.getNextPacketRaw(changeTalking);
        }

        private boolean interrupted() {
            AudioChannel channel = provider.getConnectedChannel();
            if (channel == null) {
                return false;
            }
            AudioSendHandler handler = channel.getGuild().getAudioManager().getSendingHandler();
            return handler instanceof JdaSendHandler jda && jda.takeInterruption();
        }

        @Override
        public String getIdentifier() {
            return provider.getIdentifier();
        }

        @Override
        public AudioChannel getConnectedChannel() {
            return provider.getConnectedChannel();
        }

        @Override
        public DatagramSocket getUdpSocket() {
            return provider.getUdpSocket();
        }

        @Override
        public InetSocketAddress getSocketAddress() {
            return provider.getSocketAddress();
        }

        @Override
        public @Nullable DatagramPacket getNextPacket(boolean changeTalking) {
            return provider.getNextPacket(changeTalking);
        }

        @Override
        public void onConnectionError(ConnectionStatus status) {
            provider.onConnectionError(status);
        }

        @Override
        public void onConnectionLost() {
            provider.onConnectionLost();
        }
    }
}
