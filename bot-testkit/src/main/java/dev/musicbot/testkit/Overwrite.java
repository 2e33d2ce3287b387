package dev.musicbot.testkit;

/**
 * A channel permission overwrite.
 *
 * @param targetId role or user id
 * @param member true for a member overwrite (type 1), false for a role (type 0)
 * @param allow allowed bits
 * @param deny denied bits
 */
record Overwrite(String targetId, boolean member, long allow, long deny) {}
