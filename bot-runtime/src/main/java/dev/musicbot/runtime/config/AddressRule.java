package dev.musicbot.runtime.config;

import java.util.regex.Pattern;

/** Syntax of an entry of {@code sources.http.allow}: a host name, an IP address or a CIDR range. */
public final class AddressRule {
    private static final Pattern HOST =
            Pattern.compile("(?i)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*");
    private static final Pattern IPV4_CIDR = Pattern.compile("(\\d{1,3}\\.){3}\\d{1,3}(/\\d{1,2})?");
    private static final Pattern IPV6_CIDR = Pattern.compile("(?i)[0-9a-f:]*:[0-9a-f:.]*(/\\d{1,3})?");

    private AddressRule() {}

    public static boolean isValid(String entry) {
        return HOST.matcher(entry).matches()
                || IPV4_CIDR.matcher(entry).matches()
                || IPV6_CIDR.matcher(entry).matches();
    }
}
