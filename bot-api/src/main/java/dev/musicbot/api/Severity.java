package dev.musicbot.api;

/** How bad a {@link UserFacingException} is, which decides how the runtime reports it. */
public enum Severity {
    /** An ordinary problem caused by the input (nothing found, bad URL): an ephemeral reply, no log noise. */
    COMMON,
    /** Something unusual that may need attention (a source refusing us): a reply and a WARN log. */
    SUSPICIOUS,
    /** A bug or an outage: a reply and an ERROR log with the cause. */
    FAULT
}
