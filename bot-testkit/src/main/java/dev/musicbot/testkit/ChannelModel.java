package dev.musicbot.testkit;

import java.util.List;

/**
 * A channel as the simulator stores it.
 *
 * @param channel the public view
 * @param position sort position
 * @param overwrites permission overwrites
 * @param userLimit voice user limit (0 = none)
 */
record ChannelModel(SimChannel channel, int position, List<Overwrite> overwrites, int userLimit) {
    String id() {
        return channel.id();
    }

    String name() {
        return channel.name();
    }

    boolean isVoice() {
        return channel.type() == SimChannel.Type.VOICE;
    }
}
