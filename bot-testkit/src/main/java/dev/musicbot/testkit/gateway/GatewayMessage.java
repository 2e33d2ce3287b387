package dev.musicbot.testkit.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * A message the bot sent on the gateway.
 *
 * @param op the opcode
 * @param data the {@code d} field
 * @param at when it arrived
 */
public record GatewayMessage(int op, JsonNode data, Instant at) {}
