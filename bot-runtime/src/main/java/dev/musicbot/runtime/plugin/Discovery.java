package dev.musicbot.runtime.plugin;

import java.util.ArrayList;
import java.util.List;

/** Plugins found: those ready to start, and those that could not even be instantiated. */
record Discovery(List<PluginCandidate> candidates, List<PluginInfo> failures) {
    Discovery() {
        this(new ArrayList<>(), new ArrayList<>());
    }
}
