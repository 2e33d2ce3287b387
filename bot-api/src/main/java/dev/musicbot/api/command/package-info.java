/** Our own small slash-command model, so that plugins never see Discord library types. */
@NullMarked
package dev.musicbot.api.command;

import org.jspecify.annotations.NullMarked;
