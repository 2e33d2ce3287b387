/** Source resolution: turning user input (a URL or search text) into tracks. */
@NullMarked
package dev.musicbot.api.source;

import org.jspecify.annotations.NullMarked;
