package dev.musicbot.testkit.voice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A loopback UDP socket and its reader thread; hands every datagram to a handler. */
final class UdpReceiver implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(UdpReceiver.class);

    /** Receives datagrams on the reader thread. */
    interface Handler {
        void onDatagram(byte[] data, int length, InetSocketAddress from, long arrivalNanos);
    }

    private final DatagramSocket socket;
    private final Handler handler;

    UdpReceiver(Handler handler) {
        this.handler = handler;
        try {
            socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            socket.setReceiveBufferSize(1 << 20);
        } catch (SocketException e) {
            throw new UncheckedIOException(e);
        }
        Thread.ofPlatform().daemon().name("sim-voice-udp-" + port()).start(this::readLoop);
    }

    int port() {
        return socket.getLocalPort();
    }

    void send(byte[] data, InetSocketAddress to) {
        try {
            socket.send(new DatagramPacket(data, data.length, to));
        } catch (IOException e) {
            LOG.debug("UDP send to {} failed", to, e);
        }
    }

    private void readLoop() {
        byte[] buffer = new byte[65_536];
        DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
        while (!socket.isClosed()) {
            try {
                packet.setLength(buffer.length);
                socket.receive(packet);
                long arrival = System.nanoTime();
                byte[] data = Arrays.copyOf(buffer, packet.getLength());
                handler.onDatagram(data, data.length, (InetSocketAddress) packet.getSocketAddress(), arrival);
            } catch (IOException e) {
                if (!socket.isClosed()) {
                    LOG.debug("UDP receive failed", e);
                }
            } catch (RuntimeException e) {
                LOG.warn("Voice datagram handler failed", e);
            }
        }
    }

    @Override
    public void close() {
        socket.close();
    }
}
