package dev.musicbot.runtime.audio;

import dev.musicbot.api.source.AddressPolicy;
import dev.musicbot.api.source.BlockedAddressException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides which addresses user-supplied URLs may reach: public addresses only, unless {@code
 * sources.http.allow} names a host or a CIDR range. Applied after DNS resolution and on every redirect, so a
 * public name that resolves to a private address is refused too.
 */
public final class AddressGuard implements AddressPolicy {
    private final Set<String> hosts;
    private final List<Cidr> ranges;

    private record Cidr(byte[] network, int prefix) {
        boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            int bits = bytes.length * 8;
            BigInteger mask = BigInteger.ONE
                    .shiftLeft(bits)
                    .subtract(BigInteger.ONE)
                    .shiftRight(prefix)
                    .not();
            return new BigInteger(1, bytes).and(mask).equals(new BigInteger(1, network).and(mask));
        }
    }

    /**
     * Creates a guard.
     *
     * @param allow host names, IP addresses and CIDR ranges that may be fetched even if not public
     */
    public AddressGuard(List<String> allow) {
        List<Cidr> cidrs = new ArrayList<>();
        for (String entry : allow) {
            parseCidr(entry.strip()).ifPresent(cidrs::add);
        }
        this.ranges = List.copyOf(cidrs);
        this.hosts = allow.stream()
                .map(e -> e.strip().toLowerCase(Locale.ROOT))
                .filter(e -> parseCidr(e).isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Whether a host name (before resolution) is allowed by name. */
    public boolean allowsHostName(String host) {
        return hosts.contains(host.toLowerCase(Locale.ROOT));
    }

    /** Whether a resolved address may be reached. */
    public boolean allows(String host, InetAddress address) {
        return allowsHostName(host) || ranges.stream().anyMatch(r -> r.contains(address)) || isPublic(address);
    }

    /**
     * Resolves a host and checks every address it resolves to.
     *
     * @return the addresses
     * @throws UnknownHostException if the host does not resolve, or resolves to an address that is not allowed
     */
    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        var numeric = posixLiteral(host);
        InetAddress[] addresses = numeric.isPresent() ? numeric.get() : InetAddress.getAllByName(host);
        for (InetAddress address : addresses) {
            if (!allows(host, address)) {
                throw new BlockedAddressException(host, address);
            }
        }
        return addresses;
    }

    /**
     * The address a numeric host means to the C library (inet_aton: octal {@code 0177.0.0.1}, hex
     * {@code 0x7f.1}, short {@code 127.1}), which is what yt-dlp and ffmpeg connect to. Java reads {@code 0177}
     * as decimal 177, a public address, so a check by Java's reading alone would let such a link through to
     * loopback; the C reading is the one checked and used.
     */
    private static java.util.Optional<InetAddress[]> posixLiteral(String host) {
        if (!host.matches("(?i)[0-9a-fx.]+") || host.chars().noneMatch(Character::isDigit)) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(new InetAddress[] {java.net.Inet4Address.ofPosixLiteral(host)});
        } catch (IllegalArgumentException notNumeric) {
            return java.util.Optional.empty();
        }
    }

    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress()
                || address.isLoopbackAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (b.length == 4) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            boolean cgnat = first == 100 && second >= 64 && second < 128;
            boolean reserved = first == 0 || first >= 240 || (first == 192 && second == 0 && (b[2] & 0xff) == 0);
            boolean benchmarking = first == 198 && (second == 18 || second == 19);
            return !(cgnat || reserved || benchmarking);
        }
        boolean uniqueLocal = (b[0] & 0xfe) == 0xfc;
        return !uniqueLocal;
    }

    private static java.util.Optional<Cidr> parseCidr(String entry) {
        String[] parts = entry.split("/", 2);
        if (!parts[0].matches("[0-9.]+") && !parts[0].contains(":")) {
            return java.util.Optional.empty();
        }
        try {
            byte[] network = InetAddress.ofLiteral(parts[0]).getAddress();
            int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : network.length * 8;
            if (prefix < 0 || prefix > network.length * 8) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(new Cidr(network, prefix));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}
