package dev.musicbot.testkit.jda;

import static org.assertj.core.api.Assertions.assertThat;

import dev.musicbot.testkit.DiscordSimulator;
import dev.musicbot.testkit.SimFile;
import dev.musicbot.testkit.SimGuild;
import dev.musicbot.testkit.SimInteraction;
import dev.musicbot.testkit.SimMessage;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.utils.FileUpload;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Files both ways with real JDA: a member's upload reaches the bot by URL, the bot's uploads are stored. */
class JdaAttachmentTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private static DiscordSimulator sim;
    private static SimGuild guild;
    private static JDA jda;

    @BeforeAll
    static void start() throws Exception {
        sim = DiscordSimulator.start();
        guild = sim.guild("Files").textChannel("general").member("alice").create();
        jda = JdaClients.connect(sim, new Shouter());
        jda.updateCommands()
                .addCommands(
                        Commands.slash("shout", "Upper-cases a file")
                                .addOption(OptionType.ATTACHMENT, "file", "f", true),
                        Commands.slash("shout-later", "The same, deferred")
                                .addOption(OptionType.ATTACHMENT, "file", "f", true))
                .complete();
    }

    @AfterAll
    static void stop() throws Exception {
        JdaClients.shutdown(jda);
        sim.close();
    }

    @Test
    void anUploadReachesTheBotAndItsReplyFileIsStored() {
        SimInteraction shout =
                sim.slash(guild, "alice", "shout", Map.of("file", SimFile.json("song.json", "{\"a\":1}")));

        SimMessage reply = shout.awaitResponse(TIMEOUT);

        assertThat(reply.content()).isEqualTo("song.json, 7 bytes, application/json; charset=utf-8");
        assertThat(reply.attachments()).singleElement().satisfies(file -> {
            assertThat(file.fileName()).isEqualTo("SONG.JSON");
            assertThat(file.text()).isEqualTo("{\"A\":1}");
        });
        assertThat(reply.json().path("attachments").get(0).path("size").asInt()).isEqualTo(7);
    }

    @Test
    void aDeferredEditCarriesFilesToo() {
        SimInteraction later =
                sim.slash(guild, "alice", "shout-later", Map.of("file", SimFile.json("list.json", "[\"x\"]")));

        SimMessage reply = later.awaitContent(c -> c.startsWith("list.json"), TIMEOUT);

        assertThat(later.wasDeferred()).isTrue();
        assertThat(reply.attachment("LIST.JSON").orElseThrow().text()).isEqualTo("[\"X\"]");
    }

    /** Downloads the attached file from the URL in the interaction and answers with it upper-cased. */
    private static final class Shouter extends ListenerAdapter {
        @Override
        public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
            Message.Attachment file = event.getOption("file").getAsAttachment();
            String text = download(file.getUrl());
            String summary = file.getFileName() + ", " + file.getSize() + " bytes, " + file.getContentType();
            FileUpload upload = FileUpload.fromData(
                    text.toUpperCase().getBytes(StandardCharsets.UTF_8),
                    file.getFileName().toUpperCase());
            if (event.getName().equals("shout")) {
                event.reply(summary).addFiles(upload).queue();
            } else {
                event.deferReply()
                        .queue(hook ->
                                hook.editOriginal(summary).setFiles(upload).queue());
            }
        }

        private static String download(String url) {
            try (InputStream in = URI.create(url).toURL().openStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "download failed: " + e;
            }
        }
    }
}
