package dev.musicbot.testkit;

import java.util.List;

/**
 * A guild member as the simulator stores it.
 *
 * @param id user id
 * @param name username
 * @param bot whether the user is a bot
 * @param roleIds ids of the member's roles (not including @everyone)
 */
record MemberModel(String id, String name, boolean bot, List<String> roleIds) {
    MemberModel {
        roleIds = List.copyOf(roleIds);
    }
}
