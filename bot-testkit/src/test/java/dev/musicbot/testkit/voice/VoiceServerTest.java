package dev.musicbot.testkit.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.musicbot.testkit.audio.AudioRecorder;
import dev.musicbot.testkit.audio.PacketTimeline;
import dev.musicbot.testkit.audio.ReceivedAudio;
import dev.musicbot.testkit.support.TestSocket;
import io.github.jaredmdobson.concentus.OpusApplication;
import io.github.jaredmdobson.concentus.OpusEncoder;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The voice gateway and UDP path with a plain TLS WebSocket client and a hand-made RTP sender. */
class VoiceServerTest {
    private static final String IDENTIFY =
            "{\"op\":0,\"d\":{\"server_id\":\"1\",\"user_id\":\"2\",\"session_id\":\"s\",\"token\":\"%s\",\"max_dave_protocol_version\":0}}";

    private final TlsMaterial tls = TlsMaterial.generate();
    private final AudioRecorder recorder = new AudioRecorder();
    private final PacketTimeline timeline = new PacketTimeline();
    private final List<VoiceConnection> changes = new CopyOnWriteArrayList<>();
    private VoiceServer server;

    private final VoiceSink sink = new VoiceSink() {
        @Override
        public AudioRecorder recorder() {
            return recorder;
        }

        @Override
        public PacketTimeline timeline() {
            return timeline;
        }

        @Override
        public boolean decodes() {
            return true;
        }

        @Override
        public boolean dropDatagram() {
            return false;
        }

        @Override
        public void connectionChanged(VoiceConnection connection) {
            changes.add(connection);
        }
    };

    @BeforeEach
    void start() {
        server = VoiceServer.start(
                tls.serverContext(),
                List.of(EncryptionMode.values()),
                (guild, user, session, token) -> token.equals("good") ? Optional.of(sink) : Optional.empty());
    }

    @AfterEach
    void stop() {
        server.shutdown();
    }

    private TestSocket connect() {
        TestSocket socket = TestSocket.connect("wss://" + server.endpoint() + "/?v=8", tls.clientContext());
        JsonNode hello = socket.next();
        assertThat(hello.path("op").asInt()).isEqualTo(8);
        assertThat(hello.path("d").path("heartbeat_interval").asInt()).isPositive();
        return socket;
    }

    @Test
    void rejectsUnknownTokens() {
        try (TestSocket socket = connect()) {
            socket.send(IDENTIFY.formatted("bad"));
            assertThat(socket.awaitClose()).isEqualTo(4004);
        }
    }

    @ParameterizedTest
    @EnumSource(EncryptionMode.class)
    void fullHandshakeThenEncryptedOpusBecomesDecodedAudio(EncryptionMode mode) throws Exception {
        try (TestSocket socket = connect();
                DatagramSocket udp = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            socket.send(IDENTIFY.formatted("good"));
            JsonNode ready = socket.next();
            assertThat(ready.path("op").asInt()).isEqualTo(2);
            assertThat(ready.has("seq")).isTrue();
            long ssrc = ready.path("d").path("ssrc").asLong();
            assertThat(ready.path("d").path("ip").asText()).isEqualTo("127.0.0.1");
            assertThat(ready.path("d").path("modes"))
                    .extracting(JsonNode::asText)
                    .containsExactly("aead_aes256_gcm_rtpsize", "aead_xchacha20_poly1305_rtpsize");
            InetSocketAddress voiceUdp = new InetSocketAddress(
                    "127.0.0.1", ready.path("d").path("port").asInt());

            udp.send(new DatagramPacket(IpDiscovery.request(ssrc), 74, voiceUdp));
            DatagramPacket reply = new DatagramPacket(new byte[100], 100);
            udp.setSoTimeout(2000);
            udp.receive(reply);
            assertThat(reply.getLength()).isEqualTo(74);
            IpDiscovery.Response discovered = IpDiscovery.parseResponse(Arrays.copyOf(reply.getData(), 74));
            assertThat(discovered).isEqualTo(new IpDiscovery.Response(ssrc, "127.0.0.1", udp.getLocalPort()));

            socket.send("{\"op\":1,\"d\":{\"protocol\":\"udp\",\"data\":{\"address\":\"127.0.0.1\",\"port\":"
                    + udp.getLocalPort() + ",\"mode\":\"" + mode.wireName() + "\"}}}");
            JsonNode description = socket.next();
            assertThat(description.path("op").asInt()).isEqualTo(4);
            assertThat(description.path("d").path("dave_protocol_version").asInt())
                    .isZero();
            assertThat(description.path("d").path("secret_key")).hasSize(32);
            assertThat(description.path("seq").asInt())
                    .isGreaterThan(ready.path("seq").asInt());
            byte[] key = new byte[32];
            for (int i = 0; i < 32; i++) {
                key[i] = (byte) description.path("d").path("secret_key").get(i).asInt();
            }

            socket.send("{\"op\":3,\"d\":{\"t\":1234,\"seq_ack\":2}}");
            assertThat(socket.next().path("d").path("t").asLong()).isEqualTo(1234);
            socket.send("{\"op\":5,\"d\":{\"speaking\":1,\"delay\":0,\"ssrc\":" + ssrc + "}}");

            sendTone(udp, voiceUdp, new PacketSealer(mode, key, ssrc), 50);
            udp.send(new DatagramPacket(new byte[0], 0, voiceUdp));
            udp.send(new DatagramPacket(new byte[] {(byte) 0xC9, 0, 0, 0, 0, 0, 0, 0, 0}, 9, voiceUdp));

            ReceivedAudio audio = recorder.awaitAudio(Duration.ofMillis(1000), Duration.ofSeconds(5));
            assertThat(audio.dominantFrequency()).isCloseTo(440, within(2.0));
            VoiceConnection connection = changes.getLast();
            assertThat(connection.encryptionMode()).contains(mode);
            assertThat(connection.speaking()).containsExactly(1);
            assertThat(connection.isReady()).isTrue();
            awaitStray(connection, 2);
            assertThat(connection.straySamples()).containsExactly("0 bytes", "9 bytes: c90000000000000000");
            assertThat(connection.stats().decryptFailures()).isZero();
            assertThat(timeline.packets())
                    .as("every audio packet is on the timeline")
                    .isEqualTo(50);
            assertThat(timeline.summary(System.nanoTime()).sequenceGaps()).isZero();
        }
    }

    @Test
    void resumableClosesCanBeResumedAndCleanClosesEndTheSession() throws InterruptedException {
        VoiceConnection connection;
        try (TestSocket socket = connect()) {
            socket.send(IDENTIFY.formatted("good"));
            socket.next();
            connection = changes.getLast();
            connection.close(4000);
            assertThat(socket.awaitClose()).isEqualTo(4000);
        }
        try (TestSocket socket = connect()) {
            socket.send("{\"op\":7,\"d\":{\"server_id\":\"1\",\"session_id\":\"s\",\"token\":\"good\",\"seq_ack\":1}}");
            JsonNode resumed = socket.next();
            assertThat(resumed.path("op").asInt()).isEqualTo(9);
            // RESUMED is sent before the session counts the resume, so the count can trail the message.
            awaitResumes(connection, 1);
            connection.close(4006);
            assertThat(socket.awaitClose()).isEqualTo(4006);
        }
        assertThat(connection.isEnded()).isTrue();
        try (TestSocket socket = connect()) {
            socket.send("{\"op\":7,\"d\":{\"server_id\":\"1\",\"session_id\":\"s\",\"token\":\"good\",\"seq_ack\":1}}");
            assertThat(socket.awaitClose()).isEqualTo(4006);
        }
    }

    private static void sendTone(DatagramSocket udp, InetSocketAddress to, PacketSealer sealer, int frames)
            throws Exception {
        OpusEncoder encoder = new OpusEncoder(48_000, 2, OpusApplication.OPUS_APPLICATION_AUDIO);
        short[] pcm = new short[960 * 2];
        byte[] opus = new byte[4000];
        for (int f = 0; f < frames; f++) {
            for (int i = 0; i < 960; i++) {
                short value = (short) (16_000 * Math.sin(2 * Math.PI * 440 * (f * 960 + i) / 48_000.0));
                pcm[2 * i] = value;
                pcm[2 * i + 1] = value;
            }
            int length = encoder.encode(pcm, 0, 960, opus, 0, opus.length);
            byte[] packet = sealer.seal(Arrays.copyOf(opus, length));
            udp.send(new DatagramPacket(packet, packet.length, to));
        }
    }

    private static void awaitResumes(VoiceConnection connection, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (connection.resumes() < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(connection.resumes()).isEqualTo(count);
    }

    private static void awaitStray(VoiceConnection connection, long count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (connection.stats().strayDatagrams() < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(connection.stats().strayDatagrams()).isEqualTo(count);
    }
}
