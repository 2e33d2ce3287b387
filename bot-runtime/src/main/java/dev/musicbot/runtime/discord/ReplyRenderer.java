package dev.musicbot.runtime.discord;

import dev.musicbot.api.command.Embed;
import dev.musicbot.api.command.Reply;
import dev.musicbot.api.command.SelectMenu;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.buttons.ButtonStyle;
import net.dv8tion.jda.api.components.selections.StringSelectMenu;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * Turns a {@link Reply} into a Discord message (its files become uploads), within Discord's limits
 * ({@link DiscordLimits}: every text is cut to fit, links that Discord would refuse are dropped). Button and menu
 * ids are namespaced {@code <command>:<action>} so a click or pick finds its way back to the handler that sent it.
 */
final class ReplyRenderer {
    private ReplyRenderer() {}

    static MessageCreateData create(String command, Reply reply) {
        MessageCreateBuilder builder = new MessageCreateBuilder()
                .setContent(content(reply))
                .setEmbeds(embeds(reply))
                .setSuppressedNotifications(false);
        List<ActionRow> rows = rows(command, reply);
        if (!rows.isEmpty()) {
            builder.setComponents(rows);
        }
        builder.setFiles(files(reply));
        return builder.build();
    }

    static MessageEditData edit(String command, Reply reply) {
        MessageEditBuilder builder = new MessageEditBuilder()
                .setContent(content(reply))
                .setEmbeds(embeds(reply))
                .setComponents(rows(command, reply));
        if (!reply.files().isEmpty()) {
            // Only a reply with files replaces the message's attachments; others leave them as they are.
            builder.setAttachments(files(reply));
        }
        return builder.build();
    }

    private static String content(Reply reply) {
        return DiscordLimits.cut(reply.content(), DiscordLimits.CONTENT);
    }

    static String buttonId(String command, String action) {
        return command + ":" + action;
    }

    /** A row per select menu, then the buttons, as many to a row as Discord allows. */
    private static List<ActionRow> rows(String command, Reply reply) {
        List<ActionRow> rows = new ArrayList<>();
        for (SelectMenu menu : reply.menus()) {
            StringSelectMenu.Builder select = StringSelectMenu.create(buttonId(command, menu.action()))
                    .setPlaceholder(DiscordLimits.cutNonEmpty(menu.placeholder(), DiscordLimits.MENU_PLACEHOLDER));
            menu.options().stream()
                    .limit(DiscordLimits.CHOICES)
                    .forEach(o -> select.addOption(
                            DiscordLimits.cutNonEmpty(o.label(), DiscordLimits.CHOICE),
                            o.value(),
                            o.description() == null ? null : DiscordLimits.cut(o.description(), DiscordLimits.CHOICE)));
            rows.add(ActionRow.of(select.build()));
        }
        List<Button> buttons = buttons(command, reply);
        for (int i = 0; i < buttons.size(); i += DiscordLimits.BUTTONS_PER_ROW) {
            rows.add(ActionRow.of(buttons.subList(i, Math.min(buttons.size(), i + DiscordLimits.BUTTONS_PER_ROW))));
        }
        return rows;
    }

    private static List<Button> buttons(String command, Reply reply) {
        return reply.buttons().stream()
                .map(b -> Button.of(
                                style(b.style()),
                                buttonId(command, b.action()),
                                DiscordLimits.cutNonEmpty(b.label(), DiscordLimits.BUTTON_LABEL))
                        .withDisabled(b.disabled()))
                .toList();
    }

    private static ButtonStyle style(dev.musicbot.api.command.Button.Style style) {
        return switch (style) {
            case PRIMARY -> ButtonStyle.PRIMARY;
            case SECONDARY -> ButtonStyle.SECONDARY;
            case SUCCESS -> ButtonStyle.SUCCESS;
            case DANGER -> ButtonStyle.DANGER;
        };
    }

    private static List<FileUpload> files(Reply reply) {
        return reply.files().stream()
                .map(file -> FileUpload.fromData(file.content(), file.fileName()))
                .toList();
    }

    private static List<MessageEmbed> embeds(Reply reply) {
        return reply.embeds().stream().map(ReplyRenderer::embed).toList();
    }

    private static MessageEmbed embed(Embed requested) {
        Embed embed = DiscordLimits.embed(requested);
        EmbedBuilder builder = new EmbedBuilder()
                .setTitle(embed.title(), embed.url())
                .setDescription(embed.description())
                .setThumbnail(embed.thumbnailUrl())
                .setFooter(embed.footer());
        if (embed.color() != null) {
            builder.setColor(embed.color());
        }
        embed.fields().forEach(f -> builder.addField(f.name(), f.value(), f.inline()));
        return builder.build();
    }
}
