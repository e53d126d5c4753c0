package dev.ferry.cli;

import io.quarkus.arc.Arc;
import io.quarkus.runtime.QuarkusApplication;
import picocli.CommandLine;

/** Runs one picocli command with CDI-created command objects, then exits with its code. */
public class CliApplication implements QuarkusApplication {

    @Override
    public int run(String... args) {
        CommandLine.IFactory factory = new CdiFactory();
        return new CommandLine(FerryCommand.class, factory).execute(args);
    }

    /** Lets commands use constructor injection like every other bean. */
    static final class CdiFactory implements CommandLine.IFactory {
        private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

        @Override
        public <K> K create(Class<K> type) throws Exception {
            var instance = Arc.container().instance(type);
            return instance.isAvailable() ? instance.get() : fallback.create(type);
        }
    }
}
