package dev.musicbot.api.source;

import java.io.Serial;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * A host resolved to an address the {@link AddressPolicy} does not allow. A subclass of
 * {@link UnknownHostException} so that an HTTP client's DNS hook can throw it and the connection fails as if the
 * host did not exist.
 */
public final class BlockedAddressException extends UnknownHostException {
    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param host the host name that was looked up
     * @param address the address that is not allowed
     */
    public BlockedAddressException(String host, InetAddress address) {
        super(host + " resolves to " + address.getHostAddress()
                + ", a private or reserved address; add it to sources.http.allow to permit it");
    }
}
