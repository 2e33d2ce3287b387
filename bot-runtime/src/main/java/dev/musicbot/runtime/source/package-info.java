/** Source resolution in the runtime: choosing a resolver for a query, and the built-in HTTP source. */
@NullMarked
package dev.musicbot.runtime.source;

import org.jspecify.annotations.NullMarked;
