package dev.musicbot.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an extension point: an interface that plugins implement and register through
 * {@link dev.musicbot.api.plugin.PluginContext#register(Class, Object)}.
 *
 * <p>The runtime enforces the declared {@link #cardinality()}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Spi {

    /**
     * How many implementations may be active at once.
     *
     * @return the cardinality of this extension point
     */
    Cardinality cardinality();

    /** How many implementations of an extension point the runtime accepts. */
    enum Cardinality {
        /** Any number, all active, ordered by priority then id. */
        MANY,
        /** Any number registered, exactly one active, chosen by id in configuration. */
        ONE
    }
}
