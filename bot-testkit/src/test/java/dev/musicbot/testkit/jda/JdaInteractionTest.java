package dev.musicbot.testkit.jda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.musicbot.testkit.AutocompleteChoice;
import dev.musicbot.testkit.DiscordSimulator;
import dev.musicbot.testkit.SimGuild;
import dev.musicbot.testkit.SimInteraction;
import dev.musicbot.testkit.SimMessage;
import dev.musicbot.testkit.SimPermission;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import net.dv8tion.jda.api.requests.RestConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Replies, deferrals, components, autocomplete, options, member voice states and guild joins with real JDA. */
class JdaInteractionTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private static DiscordSimulator sim;
    private static SimGuild guild;
    private static DemoBot bot;
    private static JDA jda;

    @BeforeAll
    static void start() throws Exception {
        sim = DiscordSimulator.start();
        guild = sim.guild("Test Guild")
                .textChannel("general")
                .voiceChannel("Music")
                .voiceChannel("Locked", c -> c.denyBot(SimPermission.CONNECT))
                .role("DJ")
                .member("alice")
                .member("bob", "DJ")
                .create();
        bot = new DemoBot();
        jda = JdaClients.connect(sim, bot);
        jda.updateCommands()
                .addCommands(
                        Commands.slash("echo", "Echo options")
                                .addOption(OptionType.STRING, "text", "text")
                                .addOption(OptionType.INTEGER, "count", "count")
                                .addOption(OptionType.BOOLEAN, "loud", "loud")
                                .addOption(OptionType.NUMBER, "ratio", "ratio")
                                .addOption(OptionType.USER, "user", "user"),
                        Commands.slash("playlist", "Playlists")
                                .addSubcommands(
                                        new SubcommandData("save", "Save").addOption(OptionType.STRING, "name", "n")),
                        Commands.slash("queue", "Show the queue"),
                        Commands.slash("whereami", "Where am I"),
                        Commands.slash("join", "Join").addOption(OptionType.CHANNEL, "channel", "where", true),
                        Commands.slash("play", "Play").addOption(OptionType.STRING, "query", "what", true, true))
                .complete();
    }

    @AfterAll
    static void stop() throws Exception {
        JdaClients.shutdown(jda);
        sim.close();
    }

    @Test
    void typedOptionsReachTheBot() {
        long before = System.nanoTime();
        SimInteraction echo = sim.slash(
                guild, "alice", "echo", Map.of("text", "hi", "count", 3, "loud", true, "ratio", 0.5, "user", "bob"));
        assertThat(echo.awaitResponse(TIMEOUT).content()).isEqualTo("text=hi count=3 loud=true ratio=0.5 user=bob");
        assertThat(echo.wasDeferred()).isFalse();
        assertThat(echo.callbackType()).isEqualTo(4);
        assertThat(echo.acknowledgedAfter())
                .hasValueSatisfying(ack -> assertThat(ack.toNanos()).isBetween(0L, System.nanoTime() - before));
    }

    @Test
    void subcommandsAndEphemeralReplies() {
        SimMessage reply = sim.slash(guild, "alice", "playlist save", Map.of("name", "mix"))
                .awaitResponse(TIMEOUT);
        assertThat(reply.content()).isEqualTo("saved mix");
        assertThat(reply.ephemeral()).isTrue();
    }

    @Test
    void buttonsUpdateTheMessageAndTheBotPostsInTheChannel() {
        SimMessage queue = sim.slash(guild, "alice", "queue", Map.of()).awaitResponse(TIMEOUT);
        assertThat(queue.embeds()).singleElement().satisfies(e -> assertThat(e.title())
                .isEqualTo("Queue"));
        assertThat(queue.text()).contains("Up next", "never gonna give you up");
        assertThat(queue.buttons()).extracting(c -> c.customId()).containsExactly("skip", "stop");

        SimInteraction skip = sim.click(guild, "alice", queue.id(), "skip");
        SimMessage updated = skip.awaitResponse(TIMEOUT);
        assertThat(skip.callbackType()).isEqualTo(7);
        assertThat(updated.id()).isEqualTo(queue.id());
        assertThat(updated.content()).isEqualTo("Skipped");
        assertThat(updated.components()).isEmpty();

        SimMessage posted = sim.awaitChannelMessage(
                guild.channel("general"), m -> m.content().endsWith("(edited)"), TIMEOUT);
        assertThat(posted.content()).isEqualTo("Skipped by alice (edited)");
        assertThat(posted.edits()).isEqualTo(1);
    }

    @Test
    void deferredEditsFillTheOriginalMessage() {
        SimMessage queue = sim.slash(guild, "bob", "queue", Map.of()).awaitResponse(TIMEOUT);
        SimInteraction stop = sim.click(guild, "bob", queue.id(), "stop");
        assertThat(stop.awaitContent("Stopped"::equals, TIMEOUT).id()).isEqualTo(queue.id());
        assertThat(stop.callbackType()).isEqualTo(6);
        assertThat(stop.wasDeferred()).isTrue();
    }

    @Test
    void autocompleteChoicesComeBack() {
        List<AutocompleteChoice> choices =
                sim.autocomplete(guild, "alice", "play", "query", "never gonna").awaitChoices(TIMEOUT);
        assertThat(choices)
                .extracting(AutocompleteChoice::name)
                .containsExactly("never gonna you up", "never gonna let you down");
        assertThat(choices.getFirst().valueText()).isEqualTo("https://example.invalid/up");
    }

    @Test
    void memberVoiceStatesReachTheBotsCache() {
        assertThat(sim.slash(guild, "bob", "whereami", Map.of())
                        .awaitResponse(TIMEOUT)
                        .content())
                .isEqualTo("not in voice");
        guild.member("bob").joinVoice("Music");
        assertThat(sim.slash(guild, "bob", "whereami", Map.of())
                        .awaitResponse(TIMEOUT)
                        .content())
                .isEqualTo("in Music");
        guild.member("bob").moveTo("Locked");
        assertThat(sim.slash(guild, "bob", "whereami", Map.of())
                        .awaitResponse(TIMEOUT)
                        .content())
                .isEqualTo("in Locked");
        guild.member("bob").leaveVoice();
        assertThat(sim.slash(guild, "bob", "whereami", Map.of())
                        .awaitResponse(TIMEOUT)
                        .content())
                .isEqualTo("not in voice");
    }

    @Test
    void overwritesDenyingConnectAreEnforcedByJda() {
        SimMessage reply = sim.slash(guild, "alice", "join", Map.of("channel", guild.channel("Locked")))
                .awaitResponse(TIMEOUT);
        assertThat(reply.content()).isEqualTo("missing VOICE_CONNECT");
        assertThat(guild.botPermissions("Locked") & SimPermission.CONNECT.bit()).isZero();
        assertThat(guild.botPermissions("Music") & SimPermission.CONNECT.bit()).isNotZero();
    }

    @Test
    void guildsCreatedLaterArriveAsJoins() {
        SimGuild later =
                sim.guild("Later Guild").textChannel("lobby").member("carol").create();
        sim.gateway().awaitReady(TIMEOUT);
        SimInteraction whereami = sim.slash(later, "carol", "whereami", Map.of());
        assertThat(whereami.awaitResponse(TIMEOUT).content()).isEqualTo("not in voice");
        assertThat(bot.joinedGuilds).contains("Later Guild");
    }

    @Test
    void aWrongTokenIsRejected() {
        assertThatThrownBy(() -> JDABuilder.createLight("wrong-token")
                        .setRestConfig(new RestConfig().setBaseUrl(sim.restBaseUrl()))
                        .build())
                .isInstanceOf(InvalidTokenException.class);
        assertThat(sim.restCalls(c -> c.status() == 401)).isNotEmpty();
    }
}
