package dev.musicbot.api.command;

import java.util.List;
import java.util.Objects;

/**
 * What a handler answers: text, embeds, buttons, select menus and files, visible to everyone or only to the
 * caller.
 *
 * @param content the message text (Markdown), may be empty if there are embeds; any length (the runtime cuts it
 *     to Discord's 2000 characters when it renders the reply, so a long title never turns a done command into an
 *     error)
 * @param embeds rich cards, at most 10
 * @param buttons buttons in rows of 5 (Discord's most per row), at most 10, below the menus (Discord shows at most
 *     5 rows in all)
 * @param ephemeral whether only the caller sees it
 * @param files attachments sent with the message, at most 10
 * @param menus select menus, one row each above the buttons, at most 4
 */
public record Reply(
        String content,
        List<Embed> embeds,
        List<Button> buttons,
        boolean ephemeral,
        List<ReplyFile> files,
        List<SelectMenu> menus) {

    /** Validates and copies the fields. */
    public Reply {
        Objects.requireNonNull(content, "content");
        embeds = List.copyOf(embeds);
        buttons = List.copyOf(buttons);
        files = List.copyOf(files);
        menus = List.copyOf(menus);
        if (menus.size() > 4) {
            throw new IllegalArgumentException("a reply has at most 4 menus");
        }
        if (files.size() > 10) {
            throw new IllegalArgumentException("a reply has at most 10 files");
        }
        if (content.isEmpty() && embeds.isEmpty()) {
            throw new IllegalArgumentException("a reply needs text or an embed");
        }
        if (embeds.size() > 10 || buttons.size() > 10) {
            throw new IllegalArgumentException("a reply has at most 10 embeds and 10 buttons");
        }
        if (menus.size() + (buttons.size() + 4) / 5 > 5) {
            throw new IllegalArgumentException("a reply has at most 5 rows of menus and buttons");
        }
    }

    /**
     * A reply without menus.
     *
     * @param content the message text (Markdown), may be empty if there are embeds
     * @param embeds rich cards, at most 10
     * @param buttons buttons in rows of 5, at most 10
     * @param ephemeral whether only the caller sees it
     * @param files attachments sent with the message, at most 10
     */
    public Reply(String content, List<Embed> embeds, List<Button> buttons, boolean ephemeral, List<ReplyFile> files) {
        this(content, embeds, buttons, ephemeral, files, List.of());
    }

    /**
     * A reply without files.
     *
     * @param content the message text (Markdown), may be empty if there are embeds; any length (the runtime cuts it
     *     to Discord's 2000 characters when it renders the reply, so a long title never turns a done command into an
     *     error)
     * @param embeds rich cards, at most 10
     * @param buttons buttons in rows of 5, at most 10
     * @param ephemeral whether only the caller sees it
     */
    public Reply(String content, List<Embed> embeds, List<Button> buttons, boolean ephemeral) {
        this(content, embeds, buttons, ephemeral, List.of(), List.of());
    }

    /**
     * A message everyone in the channel sees.
     *
     * @param content the text
     * @return the reply
     */
    public static Reply of(String content) {
        return new Reply(content, List.of(), List.of(), false);
    }

    /**
     * A message only the caller sees (used for errors and refusals).
     *
     * @param content the text
     * @return the reply
     */
    public static Reply ephemeral(String content) {
        return new Reply(content, List.of(), List.of(), true);
    }

    /**
     * A public message with one embed.
     *
     * @param embed the embed
     * @return the reply
     */
    public static Reply of(Embed embed) {
        return new Reply("", List.of(embed), List.of(), false);
    }

    /**
     * A copy with the given buttons.
     *
     * @param newButtons the buttons
     * @return the new reply
     */
    public Reply withButtons(Button... newButtons) {
        return new Reply(content, embeds, List.of(newButtons), ephemeral, files, menus);
    }

    /**
     * A copy with one more file attached.
     *
     * @param fileName the file name shown in Discord, e.g. {@code party.json}
     * @param content the file's bytes (copied)
     * @return the new reply
     */
    public Reply withFile(String fileName, byte[] content) {
        List<ReplyFile> more = new java.util.ArrayList<>(files);
        more.add(new ReplyFile(fileName, content));
        return new Reply(this.content, embeds, buttons, ephemeral, more, menus);
    }

    /**
     * A copy with one more select menu.
     *
     * @param menu the menu
     * @return the new reply
     */
    public Reply withMenu(SelectMenu menu) {
        List<SelectMenu> more = new java.util.ArrayList<>(menus);
        more.add(menu);
        return new Reply(content, embeds, buttons, ephemeral, files, more);
    }
}
