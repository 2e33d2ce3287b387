package dev.musicbot.testkit;

/**
 * A guild role.
 *
 * @param id snowflake; the @everyone role's id equals the guild id
 * @param name display name
 * @param permissions permission bits
 * @param position position in the role list (@everyone is 0)
 */
public record SimRole(String id, String name, long permissions, int position) {
    /** Whether the role grants a permission (ADMINISTRATOR grants all). */
    public boolean grants(SimPermission permission) {
        return (permissions & (permission.bit() | SimPermission.ADMINISTRATOR.bit())) != 0;
    }
}
