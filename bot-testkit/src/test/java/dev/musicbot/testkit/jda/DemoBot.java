package dev.musicbot.testkit.jda;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.GuildVoiceState;
import net.dv8tion.jda.api.entities.channel.middleman.AudioChannel;
import net.dv8tion.jda.api.events.guild.GuildJoinEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;

/** A bot exercising the interaction shapes a music bot uses. */
final class DemoBot extends ListenerAdapter {
    final List<String> joinedGuilds = new CopyOnWriteArrayList<>();

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        switch (event.getFullCommandName()) {
            case "echo" ->
                event.reply("text=" + event.getOption("text", OptionMapping::getAsString)
                                + " count=" + event.getOption("count", OptionMapping::getAsLong)
                                + " loud=" + event.getOption("loud", OptionMapping::getAsBoolean)
                                + " ratio=" + event.getOption("ratio", OptionMapping::getAsDouble)
                                + " user="
                                + event.getOption("user", m -> m.getAsUser().getName()))
                        .queue();
            case "playlist save" ->
                event.reply("saved " + event.getOption("name", OptionMapping::getAsString))
                        .setEphemeral(true)
                        .queue();
            case "queue" ->
                event.replyEmbeds(new EmbedBuilder()
                                .setTitle("Queue")
                                .addField("Up next", "never gonna give you up", false)
                                .build())
                        .addComponents(ActionRow.of(Button.primary("skip", "Skip"), Button.danger("stop", "Stop")))
                        .setEphemeral(true)
                        .queue();
            case "whereami" ->
                event.reply(where(event.getMember().getVoiceState())).queue();
            case "join" -> join(event);
            default -> event.reply("unknown").queue();
        }
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        switch (event.getComponentId()) {
            case "skip" -> {
                event.editMessage("Skipped").setComponents().setEmbeds().queue();
                event.getChannel()
                        .sendMessage("Skipped by " + event.getUser().getName())
                        .queue(m -> m.editMessage(
                                        "Skipped by " + event.getUser().getName() + " (edited)")
                                .queue());
            }
            case "stop" ->
                event.deferEdit()
                        .queue(v -> event.getHook().editOriginal("Stopped").queue());
            default -> event.reply("?").queue();
        }
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        String typed = event.getFocusedOption().getValue();
        event.replyChoices(
                        new Command.Choice(typed + " you up", "https://example.invalid/up"),
                        new Command.Choice(typed + " let you down", "https://example.invalid/down"))
                .queue();
    }

    @Override
    public void onGuildJoin(GuildJoinEvent event) {
        joinedGuilds.add(event.getGuild().getName());
    }

    private static String where(GuildVoiceState state) {
        return state == null || state.getChannel() == null
                ? "not in voice"
                : "in " + state.getChannel().getName();
    }

    private static void join(SlashCommandInteractionEvent event) {
        AudioChannel channel = event.getOption("channel", m -> m.getAsChannel().asAudioChannel());
        try {
            event.getGuild().getAudioManager().openAudioConnection(channel);
            event.reply("joining " + channel.getName()).queue();
        } catch (InsufficientPermissionException e) {
            event.reply("missing " + e.getPermission()).setEphemeral(true).queue();
        }
    }
}
