package dev.musicbot.testkit.jda;

import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.GuildVoiceState;
import net.dv8tion.jda.api.entities.channel.unions.AudioChannelUnion;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.managers.AudioManager;

/** A tiny "music bot": /play defers, joins the caller's voice channel, plays a 440 Hz sine, edits the reply. */
final class PlayListener extends ListenerAdapter {
    final SineSendHandler sine = new SineSendHandler(440);

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        if (!event.getName().equals("play")) {
            return;
        }
        GuildVoiceState state = event.getMember().getVoiceState();
        AudioChannelUnion channel = state == null ? null : state.getChannel();
        if (channel == null) {
            event.reply("Join a voice channel first").setEphemeral(true).queue();
            return;
        }
        event.deferReply().queue();
        Guild guild = event.getGuild();
        AudioManager audio = guild.getAudioManager();
        audio.setSendingHandler(sine);
        audio.openAudioConnection(channel);
        event.getHook()
                .editOriginal("Now playing: " + event.getOption("query").getAsString())
                .queue();
    }
}
