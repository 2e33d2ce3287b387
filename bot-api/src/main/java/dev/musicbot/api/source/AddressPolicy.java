package dev.musicbot.api.source;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Which network addresses a URL that came from user input (or from a page user input led to) may reach: the
 * runtime's policy admits public addresses only, unless {@code sources.http.allow} names more. Offered by the
 * runtime through {@link dev.musicbot.api.plugin.PluginContext#addresses()}, so that every fetch a plugin makes
 * or starts (an HTTP client, ffmpeg, yt-dlp) passes the same check as the runtime's own.
 *
 * <p>Thread-safe. {@link #resolve} blocks on DNS.
 */
public interface AddressPolicy {

    /**
     * Resolves a host name and checks every address it resolves to. Connect to the addresses returned (for
     * example from an HTTP client's DNS resolver hook) rather than looking the name up again, so that a second
     * answer cannot differ from the one checked.
     *
     * @param host a host name or address literal
     * @return the addresses, all allowed
     * @throws BlockedAddressException if an address is private, loopback or reserved and not allowed
     * @throws UnknownHostException if the host does not resolve
     */
    InetAddress[] resolve(String host) throws UnknownHostException;
}
