package dev.musicbot.plugin.playlists;

import dev.musicbot.testkit.SimFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bad-input catalogue: hostile values for every command's options, each with what its reply must say. The
 * loopback addresses point at the test's canaries (127.0.0.1 and ::1, which the allow-list does not name); the
 * escape names carry a marker the test looks for outside the data directory.
 */
final class HostileInputs {
    /** One hostile interaction and what its reply must contain; {@code ephemeral} when it is refused. */
    record Case(String command, Map<String, Object> options, boolean ephemeral, String expected) {
        @Override
        public String toString() {
            return "/" + command + " " + options.toString().replace("\n", "\\n");
        }
    }

    static final String BLOCKED = "private or local network address";
    static final String MARKER = "catalogue-escape";

    private final int port;
    private final int port6;
    private final String fixture;
    private final List<Case> cases = new ArrayList<>();

    /**
     * @param port the IPv4 loopback canary's port
     * @param port6 the IPv6 loopback canary's port
     * @param fixture a playable link on the allowed fixture server
     */
    HostileInputs(int port, int port6, String fixture) {
        this.port = port;
        this.port6 = port6;
        this.fixture = fixture;
    }

    List<Case> all() {
        cases.clear();
        addresses();
        prefixes();
        bounds();
        text();
        names();
        imports();
        return List.copyOf(cases);
    }

    private void refuse(String command, String option, Object value, String expected) {
        cases.add(new Case(command, Map.of(option, value), true, expected));
    }

    private void refuse(String command, Map<String, Object> options, String expected) {
        cases.add(new Case(command, options, true, expected));
    }

    private void answer(String command, Map<String, Object> options, String expected) {
        cases.add(new Case(command, options, false, expected));
    }

    /** Loopback in every spelling, through each command that takes a link. */
    private void addresses() {
        String invalid = "host name is not valid";
        String[][] hosts = {
            {"127.0.0.1:" + port, BLOCKED},
            {"2130706433:" + port, BLOCKED}, // decimal
            {"0x7f.1:" + port, invalid}, // hex, short form
            {"0177.0.0.1:" + port, BLOCKED}, // octal: 127.0.0.1 to yt-dlp and ffmpeg, 177.0.0.1 to Java
            {"127.1:" + port, invalid},
            {"0:" + port, BLOCKED},
            {"0.0.0.0:" + port, BLOCKED},
            {"[::1]:" + port6, BLOCKED},
            {"[::ffff:127.0.0.1]:" + port, BLOCKED},
            {"[0:0:0:0:0:ffff:7f00:1]:" + port, BLOCKED},
            {"[::1%25lo]:" + port6, ""}, // zone id
            {"[fe80::1%25lo]:" + port6, ""},
            {"public@127.0.0.1:" + port, BLOCKED}, // userinfo
            {"example.com@127.0.0.1:" + port, BLOCKED},
            {"localhost:" + port, BLOCKED},
            {"localhost.:" + port, ""}, // trailing dot
            {"LOCALHOST:" + port, BLOCKED},
            {"127.0.0.1.:" + port, ""},
            {"ｌｏｃａｌｈｏｓｔ:" + port, invalid}, // IDN (fullwidth)
            {"１２７.０.０.１:" + port, invalid},
        };
        String[] commands = {"play", "aplay", "search", "add"};
        String[] options = {"query", "url", "query", "song"};
        for (int i = 0; i < hosts.length; i++) {
            int c = i % commands.length;
            refuse(commands[c], options[c], "http://" + hosts[i][0] + "/a.ogg", hosts[i][1]);
        }
        refuse("addto", Map.of("playlist", "Mix", "song", "http://[::1]:" + port6 + "/b.m3u"), BLOCKED);
        for (String other : new String[] {
            "file:///etc/passwd",
            "jar:file:///etc/passwd!/x",
            "ftp://127.0.0.1:" + port + "/a.ogg",
            "data:audio/ogg;base64,T2dnUwACAAAAAAAAAAA=",
            "gopher://127.0.0.1:" + port + "/",
            "http:/127.0.0.1:" + port + "/a.ogg",
            "//127.0.0.1:" + port + "/a.ogg",
            "local:/etc/passwd",
        }) {
            refuse("play", "query", other, "");
        }
    }

    /** Engine and search prefixes, which must never reach an address. */
    private void prefixes() {
        refuse("play", "query", "youtube:http://127.0.0.1:" + port + "/", "");
        refuse("play", "query", "ytsearch:http://127.0.0.1:" + port + "/", "");
        refuse("aplay", "url", "scsearch:http://127.0.0.1:" + port + "/", "");
        refuse("add", "song", "soundcloud:http://[::1]:" + port6 + "/", "");
        refuse("play", "query", "http://127.0.0.1:" + port + "/x.m3u", "");
        refuse("search", "query", "ytsearch10:cats", "");
    }

    /** Integers at and past every bound. */
    private void bounds() {
        for (long level : new long[] {-1, 101, 1L << 31, Long.MAX_VALUE, Long.MIN_VALUE}) {
            refuse("volume", "level", level, "`level` goes from 0 to 100.");
        }
        for (long to : new long[] {0, -1, 10_001, 4_294_967_297L, Long.MAX_VALUE}) {
            refuse("skip", "to", to, "`to` goes from 1 to 10000.");
        }
        refuse("remove", "position", 0L, "");
        refuse("remove", "position", 1L << 31, "");
        refuse("remove", "position", Long.MIN_VALUE, "");
        refuse("move", Map.of("from", 0L, "to", 1L), "");
        refuse("move", Map.of("from", 1L, "to", 4_294_967_297L), "");
        refuse("queue", "page", 0L, "");
        refuse("queue", "page", Long.MAX_VALUE, "");
        refuse("history", "page", Long.MIN_VALUE, "");
        refuse("history", "page", Long.MAX_VALUE, "");
        refuse("playlist", Map.of("name", "Mix", "page", 10_001L), "");
        refuse("playlist", Map.of("name", "Mix", "page", -1L), "");
        for (String time : new String[] {"-1", "99999999999999999999", "1:99:99", "9223372036854775807", "1e9", "::"}) {
            refuse("seek", "time", time, "I didn't understand that time.");
        }
        refuse("repeat", "mode", "sometimes", "");
        refuse("normalize", "mode", "maybe", "");
        refuse("filter", "preset", "../../etc", "");
        refuse("filter", Map.of("preset", "bassboost", "level", "eleven"), "");
        refuse("eq", "gains", "1.01", "");
        refuse("eq", "gains", "NaN", "");
        refuse("eq", "gains", "0 ".repeat(16), "15 bands");
        refuse("eq", "gains", "-1e308", "");
        refuse("play", Map.of("query", fixture, "position", "sideways"), "");
    }

    /** Control characters, invisible text and very long text. */
    private void text() {
        refuse("play", "query", "cats\u0000dogs", "control character");
        refuse("search", "query", "\u200b\u200b\u2060", "only spaces");
        refuse("play", "query", "\u202eggo.a/1.0.0.721//:ptth", "");
        refuse("search", "query", "x".repeat(6000), "");
        refuse("play", "query", "http://" + "a".repeat(6000) + ".example/", "");
        refuse("eq", "gains", "0\u0000", "control character");
        refuse("seek", "time", "1:3\u0000", "control character");
        refuse("search", "query", "e\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301", "");
    }

    /** Playlist names that mean something to a file system or to Discord. */
    private void names() {
        for (String name : new String[] {
            "..", "/", "\\", "CON", ".json", "../../" + MARKER, "..\\..\\" + MARKER, "a/b",
        }) {
            answer("create", Map.of("name", name), "");
        }
        answer("create", Map.of("name", "@everyone"), "");
        answer("create", Map.of("name", "<@&1>"), "");
        answer("create", Map.of("name", "`"), "");
        refuse("create", "name", "n".repeat(6000), "");
        refuse("create", "name", "tab\there", "");
        refuse("create", "name", "\u202e\u200b", "");
        refuse("create", "name", "😀".repeat(3000), "");
        refuse("delete", "name", "../../" + MARKER, "");
        refuse("use", "playlist", "\u0000", "");
        refuse("playlist", Map.of("name", "<@&1>".repeat(2000)), "");
        refuse("addto", Map.of("playlist", "nope\u0000", "song", fixture), "");
        answer("save", Map.of("name", "../" + MARKER + "-save"), "");
        refuse("export", "playlist", "../../../etc/passwd", "");
        refuse("remove", Map.of("position", 1L, "playlist", "\u0000"), "");
    }

    /** Import files that are not exports, are too big, have the wrong shape or private entries. */
    private void imports() {
        importing("notes.txt", "text/plain", "hello", "");
        importing("mix.json", "application/json", "{", "");
        importing("mix.json", "application/json", "[]", "");
        importing("mix.json", "application/json", "\"just a string\"", "");
        importing("mix.json", "application/json", "[".repeat(100_000) + "]".repeat(100_000), "");
        importing("mix.json", "application/json", "{\"a\":".repeat(50_000) + "1" + "}".repeat(50_000), "");
        importing("big.json", "application/json", " ".repeat(300 * 1024), "");
        importing("mix.json", "application/json", export("Mix", "{\"entries\":5}"), "");
        importing("mix.json", "application/json", export("Mix", "[{\"query\":[1]}]"), "");
        importing("mix.json", "application/json", export("Mix", entries("http://127.0.0.1:" + port + "/a.ogg")), "");
        importing("mix.json", "application/json", export("Mix", entries("http://2130706433:" + port + "/")), "");
        importing("mix.json", "application/json", export("Mix", entries("youtube:http://[::1]:" + port6 + "/")), "");
        importingUnnamed(export("../../" + MARKER, entries(fixture)), "");
        importingUnnamed(export("x".repeat(6000), entries(fixture)), "");
        importing("mix.json", "application/json", export("Mix", entries("x".repeat(6000))), "");
    }

    private void importing(String file, String type, String content, String expected) {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("file", new SimFile(file, type, content.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        options.put("name", "Imported " + cases.size());
        refuse("import", options, expected);
    }

    private void importingUnnamed(String content, String expected) {
        SimFile file =
                new SimFile("mix.json", "application/json", content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        cases.add(new Case("import", Map.of("file", file), true, expected));
    }

    private static String entries(String query) {
        return "[{\"query\":\"" + query + "\",\"title\":\"t\",\"author\":\"\",\"lengthMillis\":1000}]";
    }

    private static String export(String name, String entries) {
        return "{\"schemaVersion\":1,\"kind\":\"musicbot-playlist\",\"playlist\":{\"name\":\"" + name
                + "\",\"owner\":\"1\",\"entries\":" + entries + "}}";
    }
}
