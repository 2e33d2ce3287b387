/**
 * Configuration: built-in defaults and the platform profile, then {@code musicbot.yml}, then the environment
 * (and {@code .env}), then the command line; bound to records and validated with messages that name the key.
 */
@NullMarked
package dev.musicbot.runtime.config;

import org.jspecify.annotations.NullMarked;
