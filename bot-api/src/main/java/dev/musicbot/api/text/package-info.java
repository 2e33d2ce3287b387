/**
 * User-facing texts in the reader's language: a plugin's {@link dev.musicbot.api.text.MessageBundle} (properties
 * files in its jar) and {@link dev.musicbot.api.text.Text}, a key with arguments that the runtime resolves for
 * whoever reads it.
 *
 * <p>A module ships {@code messages.properties} (English, the fallback) and one file per language, such as
 * {@code messages_vi.properties}, in the package of its handlers. Files are UTF-8; every text is a {@link
 * java.text.MessageFormat} pattern with explicit argument indexes ({@code {0}}, {@code {1}}), so a single quote is
 * written twice ({@code don''t}).
 */
@NullMarked
package dev.musicbot.api.text;

import org.jspecify.annotations.NullMarked;
