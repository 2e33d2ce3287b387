package dev.musicbot.runtime.discord;

import dev.musicbot.api.ChannelId;
import dev.musicbot.api.playback.GuildPlayback;
import dev.musicbot.api.text.Text;
import dev.musicbot.runtime.command.NowPlayingCard;
import dev.musicbot.runtime.playback.Announcer;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Announces through JDA. One now-playing card per channel: when a track starts, the new card is posted and the
 * previous one deleted, so the channel does not fill with stale player buttons.
 */
public final class JdaAnnouncer implements Announcer {
    private static final Logger log = LoggerFactory.getLogger(JdaAnnouncer.class);

    private final JDA jda;
    private final Map<Long, Long> cards = new ConcurrentHashMap<>();

    public JdaAnnouncer(JDA jda) {
        this.jda = jda;
    }

    @Override
    public void say(ChannelId channel, Text text) {
        GuildMessageChannel target = channel(channel);
        if (target == null) {
            return;
        }
        try {
            target.sendMessage(DiscordLimits.cut(text.in(locale(target)), DiscordLimits.CONTENT))
                    .queue();
        } catch (RuntimeException e) {
            // An announcement that cannot be sent must never stop the player that makes it.
            log.warn("Could not announce in channel {}", channel.value(), e);
        }
    }

    @Override
    public void trackStarted(ChannelId channel, GuildPlayback player) {
        GuildMessageChannel target = channel(channel);
        if (target == null || player.current().isEmpty()) {
            return;
        }
        target.sendMessage(ReplyRenderer.create(NowPlayingCard.COMMAND, NowPlayingCard.render(player, locale(target))))
                .queue(sent -> {
                    Long previous = cards.put(channel.value(), sent.getIdLong());
                    if (previous != null) {
                        target.deleteMessageById(previous).queue(done -> {}, gone -> {});
                    }
                });
    }

    /** Notices not tied to an interaction speak the guild's language: the community's preferred locale. */
    private static Locale locale(GuildMessageChannel channel) {
        return Languages.toLocale(channel.getGuild().getLocale());
    }

    private @Nullable GuildMessageChannel channel(ChannelId channel) {
        GuildMessageChannel target = jda.getChannelById(GuildMessageChannel.class, channel.value());
        return target != null && target.canTalk() ? target : null;
    }
}
