/**
 * Operations: the Prometheus metrics, the health checks and their HTTP endpoint, and the periodic health loop
 * (memory, voice connections, cache trimming, temporary files).
 */
package dev.musicbot.runtime.ops;
