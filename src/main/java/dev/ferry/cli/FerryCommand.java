package dev.ferry.cli;

import io.quarkus.runtime.annotations.RegisterForReflection;
import picocli.CommandLine.Command;

import java.util.Set;

/** The top-level {@code ferry} command; subcommands are the things Ferry can do from a shell. */
@Command(name = "ferry", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Move data between PostgreSQL, MySQL/MariaDB and SQLite, and prove nothing was lost.",
        subcommands = {MigrateCommand.class, StateMigrateCommand.class})
// picocli reads its annotations reflectively; native images need them registered.
@RegisterForReflection
public class FerryCommand {

    private static final Set<String> ENTRY_WORDS = Set.of("--help", "-h", "--version", "-V", "help");

    /** True when the arguments name a CLI command rather than asking for the server. */
    public static boolean isCommand(String... args) {
        if (args.length == 0) {
            return false;
        }
        return ENTRY_WORDS.contains(args[0]) || commandNames().contains(args[0]);
    }

    static Set<String> commandNames() {
        Command command = FerryCommand.class.getAnnotation(Command.class);
        Set<String> names = new java.util.HashSet<>();
        for (Class<?> sub : command.subcommands()) {
            names.add(sub.getAnnotation(Command.class).name());
        }
        return names;
    }
}
