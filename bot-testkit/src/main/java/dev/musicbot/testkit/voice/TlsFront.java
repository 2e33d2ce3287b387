package dev.musicbot.testkit.voice;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.SSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * TLS termination in front of a plain WebSocket server: accepts TLS on 127.0.0.1 with the JDK's blocking
 * {@code SSLSocket} and copies the clear bytes to and from the server's plain port, one virtual thread per
 * direction. The WebSocket library's own non-blocking TLS channel lost a client message now and then (a frame
 * decrypted but never handed on); the JDK's TLS stack has no such gap.
 */
final class TlsFront implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TlsFront.class);

    private final ServerSocket listener;
    private final int backendPort;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    private TlsFront(ServerSocket listener, int backendPort) {
        this.listener = listener;
        this.backendPort = backendPort;
    }

    /** Listens on an ephemeral loopback port and forwards every connection to {@code backendPort}. */
    static TlsFront start(SSLContext tls, int backendPort) {
        try {
            ServerSocket listener = tls.getServerSocketFactory().createServerSocket();
            listener.setReuseAddress(true);
            listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            TlsFront front = new TlsFront(listener, backendPort);
            Thread.ofVirtual().name("sim-voice-tls-accept").start(front::acceptLoop);
            return front;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot listen for voice TLS", e);
        }
    }

    int port() {
        return listener.getLocalPort();
    }

    private void acceptLoop() {
        while (!closed) {
            Socket client;
            try {
                client = listener.accept();
            } catch (IOException e) {
                if (!closed) {
                    LOG.warn("Voice TLS accept failed", e);
                }
                return;
            }
            Thread.ofVirtual().name("sim-voice-tls-conn").start(() -> connect(client));
        }
    }

    private void connect(Socket client) {
        Socket backend = new Socket();
        open.add(client);
        open.add(backend);
        try {
            client.setTcpNoDelay(true);
            backend.setTcpNoDelay(true);
            backend.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), backendPort));
        } catch (IOException e) {
            LOG.warn("Voice TLS front cannot reach its WebSocket server", e);
            closeBoth(client, backend);
            return;
        }
        Thread.ofVirtual().name("sim-voice-tls-up").start(() -> pump(client, backend));
        pump(backend, client);
    }

    /** Copies until either side ends, then closes both (TLS has no half-close worth keeping here). */
    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream()) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException e) {
            LOG.debug("Voice TLS connection ended: {}", e.toString());
        } finally {
            closeBoth(from, to);
        }
    }

    private void closeBoth(Socket a, Socket b) {
        for (Socket socket : new Socket[] {a, b}) {
            open.remove(socket);
            try {
                socket.close();
            } catch (IOException e) {
                LOG.debug("Closing a voice TLS socket failed: {}", e.toString());
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            listener.close();
        } catch (IOException e) {
            LOG.debug("Closing the voice TLS listener failed: {}", e.toString());
        }
        for (Socket socket : open) {
            try {
                socket.close();
            } catch (IOException e) {
                LOG.debug("Closing a voice TLS socket failed: {}", e.toString());
            }
        }
        open.clear();
    }
}
