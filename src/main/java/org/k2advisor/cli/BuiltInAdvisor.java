package org.k2advisor.cli;

import java.util.List;
import java.util.Set;

import org.k2advisor.Advisor;
import org.k2advisor.internal.engine.Background;

/**
 * The built-in pack's advisor for this process. A one-shot command spends most of its start-up
 * loading the rules; {@link #preload} starts that before the command line is even parsed, so that
 * parsing, reading the answers and loading the rules overlap on the machine's cores.
 */
final class BuiltInAdvisor {
    /** The commands whose every run with the built-in pack compiles its rules. */
    private static final Set<String> COMPILING_COMMANDS = Set.of("advise", "what-if", "explain", "teach");
    /** Arguments after which the built-in rules are not needed: another pack, or help or version only. */
    private static final Set<String> NOT_NEEDED = Set.of("--rules", "-h", "--help", "-V", "--version");

    private static volatile Background<Advisor> loading;

    private BuiltInAdvisor() {}

    /** Starts loading the built-in rules when the arguments name a command that will need them. */
    static void preload(String... args) {
        if (args.length > 0 && COMPILING_COMMANDS.contains(args[0])
                && List.of(args).stream().map(arg -> arg.split("=", 2)[0]).noneMatch(NOT_NEEDED::contains)) {
            loading = Background.start("k2advisor-rules", Advisor::builtIn);
        }
    }

    /** The advisor {@link #preload} started, or a new one when nothing was started. */
    static Advisor get() {
        Background<Advisor> started = loading;
        return started == null ? Advisor.builtIn() : started.join();
    }
}
