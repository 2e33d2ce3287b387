package dev.musicbot.runtime.discord;

import dev.musicbot.api.ChannelId;
import dev.musicbot.api.GuildId;
import dev.musicbot.api.Severity;
import dev.musicbot.api.UserFacingException;
import dev.musicbot.api.command.Choice;
import dev.musicbot.api.command.CommandContext;
import dev.musicbot.api.command.CommandHandler;
import dev.musicbot.api.command.Reply;
import dev.musicbot.api.source.TrackLoader;
import dev.musicbot.api.text.MessageBundle;
import dev.musicbot.runtime.command.RuntimeMessages;
import dev.musicbot.runtime.playback.GuildPlayers;
import dev.musicbot.runtime.plugin.ExtensionRegistry;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.StringSelectInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.Interaction;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Routes slash commands, autocomplete and button clicks to the registered {@link CommandHandler}s, off the
 * gateway thread, with preconditions checked first and every failure turned into a polite ephemeral reply.
 */
final class InteractionRouter extends ListenerAdapter {
    private static final Logger log = LoggerFactory.getLogger(InteractionRouter.class);
    private static final MessageBundle TEXTS = RuntimeMessages.BUNDLE;

    private final ExtensionRegistry registry;
    private final GuildPlayers players;
    private final TrackLoader tracks;
    private final @Nullable String djRole;

    InteractionRouter(ExtensionRegistry registry, GuildPlayers players, TrackLoader tracks, @Nullable String djRole) {
        this.djRole = djRole;
        this.registry = registry;
        this.players = players;
        this.tracks = tracks;
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        Member member = event.getMember();
        Optional<CommandHandler> handler = handler(event.getName());
        if (member == null || handler.isEmpty()) {
            event.reply(TEXTS.text(locale(event), "router.unknown-command"))
                    .setEphemeral(true)
                    .queue();
            return;
        }
        Responder responder = new Responder(event, event.getName());
        CommandContext ctx = context(event, handler.get(), member, event.getChannel(), event::getOption, responder);
        responder.respond(() -> invoke(handler.get(), member, ctx, djRole, () -> OptionRanges.refusal(
                        handler.get().spec(), event::getOption)
                .map(text -> Reply.ephemeral(text.in(ctx.locale())))
                .orElseGet(() -> handler.get().handle(ctx))));
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        String id = event.getComponentId();
        int colon = id.indexOf(':');
        Member member = event.getMember();
        Optional<CommandHandler> handler = colon > 0 ? handler(id.substring(0, colon)) : Optional.empty();
        if (member == null || handler.isEmpty()) {
            event.reply(TEXTS.text(locale(event), "router.button-inactive"))
                    .setEphemeral(true)
                    .queue();
            return;
        }
        String action = id.substring(colon + 1);
        Responder responder = new Responder(event, handler.get().spec().name());
        CommandContext ctx = context(event, handler.get(), member, event.getChannel(), name -> null, responder);
        responder.respond(() ->
                invoke(handler.get(), member, ctx, djRole, () -> handler.get().onButton(action, ctx)));
    }

    @Override
    public void onStringSelectInteraction(StringSelectInteractionEvent event) {
        String id = event.getComponentId();
        int colon = id.indexOf(':');
        Member member = event.getMember();
        Optional<CommandHandler> handler = colon > 0 ? handler(id.substring(0, colon)) : Optional.empty();
        if (member == null || handler.isEmpty()) {
            event.reply(TEXTS.text(locale(event), "router.menu-inactive"))
                    .setEphemeral(true)
                    .queue();
            return;
        }
        String action = id.substring(colon + 1);
        List<String> values = List.copyOf(event.getValues());
        Responder responder = new Responder(event, handler.get().spec().name());
        CommandContext ctx = context(event, handler.get(), member, event.getChannel(), name -> null, responder);
        responder.respond(() ->
                invoke(handler.get(), member, ctx, djRole, () -> handler.get().onSelect(action, values, ctx)));
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        Member member = event.getMember();
        Optional<CommandHandler> handler = handler(event.getName());
        if (member == null || handler.isEmpty()) {
            event.replyChoices(List.of()).queue();
            return;
        }
        Thread.ofVirtual().name("autocomplete-" + event.getName()).start(() -> {
            CommandContext ctx = context(event, handler.get(), member, event.getChannel(), event::getOption, null);
            List<Choice> choices;
            try {
                choices = handler.get()
                        .autocomplete(
                                event.getFocusedOption().getName(),
                                event.getFocusedOption().getValue(),
                                ctx);
            } catch (RuntimeException e) {
                log.warn("Autocomplete of /{} failed", event.getName(), e);
                choices = List.of();
            }
            event.replyChoices(DiscordLimits.choices(choices).stream()
                            .map(c ->
                                    new net.dv8tion.jda.api.interactions.commands.Command.Choice(c.label(), c.value()))
                            .toList())
                    .queue();
        });
    }

    private Optional<CommandHandler> handler(String name) {
        return registry.extensions(CommandHandler.class).stream()
                .filter(h -> h.spec().name().equals(name))
                .findFirst();
    }

    /** The reader's language: the one their Discord client is set to, or English. */
    static Locale locale(Interaction interaction) {
        return Languages.toLocale(interaction.getUserLocale());
    }

    private CommandContext context(
            Interaction interaction,
            CommandHandler handler,
            Member member,
            MessageChannel channel,
            Function<String, @Nullable OptionMapping> options,
            @Nullable Responder responder) {
        var playback = players.get(
                new JdaSession(member.getJDA()),
                new GuildId(member.getGuild().getIdLong()),
                new ChannelId(channel.getIdLong()));
        return new JdaCommandContext(
                member,
                options,
                playback,
                tracks,
                responder,
                djRole,
                locale(interaction),
                handler.messages(),
                new ChannelPoster(channel, handler.spec().name()));
    }

    static Reply invoke(
            CommandHandler handler,
            Member member,
            CommandContext ctx,
            @Nullable String djRole,
            Supplier<Reply> action) {
        String name = handler.spec().name();
        MDC.put("guild", member.getGuild().getId());
        MDC.put("command", name);
        try {
            return Preconditions.refusal(handler.spec().preconditions(), member, djRole)
                    .map(text -> Reply.ephemeral(text.in(ctx.locale())))
                    .orElseGet(action);
        } catch (UserFacingException e) {
            if (e.severity() == Severity.SUSPICIOUS) {
                log.warn("/{}: {}", name, e.getMessage());
            } else if (e.severity() == Severity.FAULT) {
                log.error("/{}: {}", name, e.getMessage(), e);
            }
            return Reply.ephemeral(e.message(ctx.locale()));
        } catch (RuntimeException e) {
            log.error("/{} failed", name, e);
            return Reply.ephemeral(TEXTS.text(ctx.locale(), "router.apology"));
        } finally {
            MDC.remove("guild");
            MDC.remove("command");
        }
    }
}
