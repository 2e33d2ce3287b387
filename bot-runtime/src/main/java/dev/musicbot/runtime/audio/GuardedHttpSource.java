package dev.musicbot.runtime.audio;

import com.sedmelluq.discord.lavaplayer.player.AudioPlayerManager;
import com.sedmelluq.discord.lavaplayer.source.http.HttpAudioSourceManager;
import com.sedmelluq.discord.lavaplayer.tools.FriendlyException;
import com.sedmelluq.discord.lavaplayer.track.AudioItem;
import com.sedmelluq.discord.lavaplayer.track.AudioReference;
import dev.musicbot.api.source.BlockedAddressException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * LavaPlayer's HTTP source, resolving every host through the {@link AddressGuard}, and refusing redirects that
 * lead anywhere but another http(s) URL.
 *
 * <p>LavaPlayer does not follow a redirect itself: the HTTP source answers with an {@link AudioReference} to the
 * {@code Location}, and the manager offers that to every source again as a fresh identifier. A server could
 * answer {@code Location: youtube:http://10.0.0.5/} and hand a site source a page the user never typed. So a
 * reference this source returns must be a plain web address, which only this (guarded) source accepts.
 */
final class GuardedHttpSource extends HttpAudioSourceManager {
    private final AddressGuard guard;

    GuardedHttpSource(AddressGuard guard) {
        this.guard = guard;
        configureBuilder(builder -> builder.setDnsResolver(guard::resolve));
    }

    @Override
    public AudioItem loadItem(AudioPlayerManager manager, AudioReference reference) {
        AudioItem item = super.loadItem(manager, reference);
        if (item instanceof AudioReference target && target.identifier != null) {
            check(target.identifier);
        }
        return item;
    }

    /** A redirect target must be a web address on a host the guard allows (the client checks again on connect). */
    private void check(String target) {
        if (!isWebAddress(target)) {
            throw refused("it redirects to something that isn't a web address, so I didn't follow it.");
        }
        String host;
        try {
            host = URI.create(target).getHost();
        } catch (IllegalArgumentException e) {
            throw refused("it redirects to an address I can't read.");
        }
        if (host == null) {
            throw refused("it redirects to an address I can't read.");
        }
        try {
            guard.resolve(host);
        } catch (BlockedAddressException e) {
            throw refused("it redirects to a private or local network address, so I didn't follow it.");
        } catch (UnknownHostException e) {
            throw refused("it redirects to " + host + ", which I couldn't find.");
        }
    }

    private static FriendlyException refused(String message) {
        return new FriendlyException(message, FriendlyException.Severity.COMMON, null);
    }

    static boolean isWebAddress(String identifier) {
        String lower = identifier.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }
}
