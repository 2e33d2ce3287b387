package dev.musicbot.api.command;

import dev.musicbot.api.text.MessageBundle;

/** The few texts of the API's own defaults. */
final class ApiTexts {
    static final MessageBundle BUNDLE = MessageBundle.of(ApiTexts.class);

    private ApiTexts() {}
}
