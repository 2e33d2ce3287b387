package dev.musicbot.ytdlp.audio;

import com.sedmelluq.discord.lavaplayer.player.AudioPlayerManager;
import com.sedmelluq.discord.lavaplayer.source.AudioSourceManager;
import com.sedmelluq.discord.lavaplayer.tools.FriendlyException;
import com.sedmelluq.discord.lavaplayer.tools.Units;
import com.sedmelluq.discord.lavaplayer.tools.io.HttpClientTools;
import com.sedmelluq.discord.lavaplayer.tools.io.HttpInterface;
import com.sedmelluq.discord.lavaplayer.tools.io.HttpInterfaceManager;
import com.sedmelluq.discord.lavaplayer.track.AudioItem;
import com.sedmelluq.discord.lavaplayer.track.AudioReference;
import com.sedmelluq.discord.lavaplayer.track.AudioTrack;
import com.sedmelluq.discord.lavaplayer.track.AudioTrackInfo;
import dev.musicbot.api.UserFacingException;
import dev.musicbot.api.source.AddressPolicy;
import dev.musicbot.ytdlp.YtDlp;
import dev.musicbot.ytdlp.json.YtDlpEntry;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A LavaPlayer source for identifiers {@code <prefix><page URL>} (for example {@code youtube:https://…}).
 * Loading one runs yt-dlp right then, since this is play time and stream URLs are short-lived; anything
 * without the prefix is not this source's ({@code null}). Only the page URL is ever encoded.
 *
 * <p>LavaPlayer offers every identifier to every source, including the {@code Location} of a redirect some
 * server sent, so the prefix proves nothing about who wrote the identifier. yt-dlp is therefore only ever
 * given a canonical page of this source's own site (re-parsed and rebuilt by the plugin); anything else is
 * refused. The stream URL yt-dlp returns must pass the runtime's {@link AddressPolicy}, and the HTTP client
 * that plays it resolves names through the same policy.
 */
public final class YtDlpAudioSourceManager implements AudioSourceManager {
    private static final Logger log = LoggerFactory.getLogger(YtDlpAudioSourceManager.class);

    private final String name;
    private final String prefix;
    private final YtDlp ytDlp;
    private final StreamOptions options;
    private final Function<String, Optional<String>> pages;
    private final AddressPolicy addresses;
    private final HttpInterfaceManager http = HttpClientTools.createDefaultThreadLocalManager();

    /**
     * Creates the source.
     *
     * @param name the source name LavaPlayer records with encoded tracks, for example {@code youtube}
     * @param prefix the identifier prefix, for example {@code youtube:}
     * @param ytDlp the yt-dlp client
     * @param options the format selector and ffmpeg
     * @param pages the canonical page of this site for a URL, or empty if it is not one of its pages
     * @param addresses the runtime's address policy, for stream URLs
     */
    public YtDlpAudioSourceManager(
            String name,
            String prefix,
            YtDlp ytDlp,
            StreamOptions options,
            Function<String, Optional<String>> pages,
            AddressPolicy addresses) {
        this.name = name;
        this.prefix = prefix;
        this.ytDlp = ytDlp;
        this.options = options;
        this.pages = pages;
        this.addresses = addresses;
        http.configureBuilder(builder -> builder.setDnsResolver(addresses::resolve));
    }

    @Override
    public String getSourceName() {
        return name;
    }

    @Override
    public @Nullable AudioItem loadItem(AudioPlayerManager manager, AudioReference reference) {
        String identifier = reference.identifier;
        if (identifier == null || !identifier.startsWith(prefix) || identifier.length() == prefix.length()) {
            return null;
        }
        String page = ownPage(identifier.substring(prefix.length()));
        YtDlpEntry entry = resolve(page);
        return new YtDlpAudioTrack(infoOf(entry, identifier, page), this, page, ResolvedStream.of(entry));
    }

    @Override
    public boolean isTrackEncodable(AudioTrack track) {
        return true;
    }

    @Override
    public void encodeTrack(AudioTrack track, DataOutput output) throws IOException {
        output.writeUTF(((YtDlpAudioTrack) track).pageUrl());
    }

    @Override
    public AudioTrack decodeTrack(AudioTrackInfo trackInfo, DataInput input) throws IOException {
        return new YtDlpAudioTrack(trackInfo, this, input.readUTF(), null);
    }

    @Override
    public void shutdown() {
        try {
            http.close();
        } catch (IOException e) {
            log.debug("Closing the HTTP clients of source {} failed", name, e);
        }
    }

    /** Resolves a page to a fresh stream (one yt-dlp run). */
    ResolvedStream resolveStream(String page) {
        return ResolvedStream.of(resolve(page));
    }

    HttpInterface httpInterface() {
        return http.getInterface();
    }

    StreamOptions options() {
        return options;
    }

    /** Runs yt-dlp on the canonical form of a page of this site, and checks the stream it names. */
    private YtDlpEntry resolve(String page) {
        YtDlpEntry entry;
        try {
            entry = ytDlp.resolveStream(ownPage(page), options.format());
        } catch (UserFacingException e) {
            throw new FriendlyException(e.getMessage(), severityOf(e), e);
        }
        if (entry.url() != null) {
            StreamAddresses.check(entry.url(), addresses);
        }
        return entry;
    }

    private String ownPage(String page) {
        return pages.apply(page)
                .orElseThrow(() -> new FriendlyException(
                        "That isn't a " + name + " page I can play.", FriendlyException.Severity.COMMON, null));
    }

    private static FriendlyException.Severity severityOf(UserFacingException e) {
        return switch (e.severity()) {
            case COMMON -> FriendlyException.Severity.COMMON;
            case SUSPICIOUS -> FriendlyException.Severity.SUSPICIOUS;
            case FAULT -> FriendlyException.Severity.FAULT;
        };
    }

    private static AudioTrackInfo infoOf(YtDlpEntry entry, String identifier, String page) {
        boolean live = Boolean.TRUE.equals(entry.isLive());
        long length =
                live || entry.duration() == null ? Units.DURATION_MS_UNKNOWN : Math.round(entry.duration() * 1000);
        String title = entry.title() == null || entry.title().isBlank() ? page : entry.title();
        String author = entry.channel() != null ? entry.channel() : entry.uploader();
        return new AudioTrackInfo(
                title, author == null ? "" : author, length, identifier, live, page, entry.thumbnail(), null);
    }
}
