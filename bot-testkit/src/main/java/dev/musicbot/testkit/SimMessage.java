package dev.musicbot.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/**
 * A message the bot created (reply, follow-up or channel message), as it is now after all edits.
 *
 * @param id message id
 * @param channelId channel id
 * @param content text content ("" when none)
 * @param embeds embeds
 * @param components interactive and text components, flattened
 * @param flags message flags (64 ephemeral, 128 loading, 32768 components v2)
 * @param edits how often it was edited
 * @param deleted whether it was deleted
 * @param json the message object as the bot would receive it
 * @param attachments the files the bot attached, with their bytes
 */
public record SimMessage(
        String id,
        String channelId,
        String content,
        List<SimEmbed> embeds,
        List<SimComponent> components,
        int flags,
        int edits,
        boolean deleted,
        JsonNode json,
        List<SimAttachment> attachments) {
    /** Flag of an ephemeral message. */
    public static final int EPHEMERAL = 64;
    /** Flag of a deferred reply that still shows "thinking…". */
    public static final int LOADING = 128;

    /** Copies the lists. */
    public SimMessage {
        embeds = List.copyOf(embeds);
        components = List.copyOf(components);
        attachments = List.copyOf(attachments);
    }

    /** A message without attachments. */
    public SimMessage(
            String id,
            String channelId,
            String content,
            List<SimEmbed> embeds,
            List<SimComponent> components,
            int flags,
            int edits,
            boolean deleted,
            JsonNode json) {
        this(id, channelId, content, embeds, components, flags, edits, deleted, json, List.of());
    }

    /** An attachment by file name. */
    public Optional<SimAttachment> attachment(String fileName) {
        return attachments.stream().filter(a -> a.fileName().equals(fileName)).findFirst();
    }

    /** Whether only the invoking user sees it (flag 64). */
    public boolean ephemeral() {
        return (flags & EPHEMERAL) != 0;
    }

    /** Whether this is a deferred placeholder not yet filled in (flag 128). */
    public boolean loading() {
        return (flags & LOADING) != 0;
    }

    /** The buttons, in order. */
    public List<SimComponent> buttons() {
        return components.stream().filter(SimComponent::isButton).toList();
    }

    /** A component by custom id. */
    public Optional<SimComponent> component(String customId) {
        return components.stream().filter(c -> customId.equals(c.customId())).findFirst();
    }

    /** Content, embed texts and text-display components, one per line: handy for "contains" assertions. */
    public String text() {
        StringBuilder text = new StringBuilder(content);
        embeds.forEach(e -> text.append('\n').append(e.text()));
        components.stream().filter(c -> c.type() == SimComponent.TEXT_DISPLAY).forEach(c -> text.append('\n')
                .append(c.json().path("content").asText()));
        return text.toString().strip();
    }
}
