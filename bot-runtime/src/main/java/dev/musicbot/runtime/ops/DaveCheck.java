package dev.musicbot.runtime.ops;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.musicbot.runtime.config.BotConfig;
import dev.musicbot.runtime.discord.DaveMonitor;
import dev.musicbot.runtime.discord.DaveStatus;
import java.util.List;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * DAVE on each voice connection ({@code dave} in {@code /health}): the negotiated protocol version, the MLS epoch,
 * the transitions and the failures, in {@code data.connections}. Down only when DAVE is required and its natives
 * did not load, since the bot then cannot play anywhere.
 */
final class DaveCheck implements HealthCheck {
    private final DaveMonitor dave;
    private final LongFunction<@Nullable String> guildOfChannel;

    /**
     * @param guildOfChannel the guild id of a voice channel, or {@code null} if unknown
     */
    DaveCheck(DaveMonitor dave, LongFunction<@Nullable String> guildOfChannel) {
        this.dave = dave;
        this.guildOfChannel = guildOfChannel;
    }

    @Override
    public String name() {
        return "dave";
    }

    @Override
    public Status check() {
        List<DaveStatus> connections = dave.connections();
        ObjectNode data = JsonNodeFactory.instance
                .objectNode()
                .put("mode", dave.mode().name().toLowerCase(java.util.Locale.ROOT))
                .put("available", dave.support().available())
                .put("max-protocol-version", dave.support().maxProtocolVersion());
        ArrayNode each = data.putArray("connections");
        for (DaveStatus connection : connections) {
            ObjectNode node = each.addObject();
            String guild = guildOfChannel.apply(connection.channelId());
            if (guild != null) {
                node.put("guild", guild);
            }
            node.put("channel", Long.toString(connection.channelId()))
                    .put("protocol-version", connection.protocolVersion())
                    .put("epoch", connection.epoch())
                    .put("transitions", connection.transitions())
                    .put("encrypt-failures", connection.encryptFailures())
                    .put("decrypt-failures", connection.decryptFailures())
                    .put("rejected-commits", connection.rejectedCommits());
        }
        if (!dave.support().available() && dave.mode() == BotConfig.DaveMode.REQUIRED) {
            return Status.down("DAVE is required but " + dave.support().describe())
                    .with(data);
        }
        String detail = connections.isEmpty()
                ? "no voice connection; DAVE " + (dave.support().available() ? "available" : "unavailable")
                : connections.stream().map(DaveStatus::describe).collect(Collectors.joining("; "));
        return Status.up(detail).with(data);
    }
}
