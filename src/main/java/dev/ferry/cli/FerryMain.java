package dev.ferry.cli;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * One binary, two faces: with a known command as first argument Ferry runs that command and exits,
 * without binding an HTTP port, starting the scheduler or touching its state store; otherwise it
 * serves the REST API.
 */
@QuarkusMain
public final class FerryMain {

    private FerryMain() {
    }

    public static void main(String... args) {
        if (FerryCommand.isCommand(args)) {
            System.setProperty("ferry.run.cli", "true");
            System.setProperty("quarkus.http.host-enabled", "false");
            System.setProperty("quarkus.scheduler.enabled", "false");
            // A command's output is its report; framework chatter would bury it.
            System.setProperty("quarkus.log.level", System.getProperty("quarkus.log.level", "WARN"));
            if (args[0].equals("state-migrate")) {
                StateMigrateCommand.configure(args);
            }
            Quarkus.run(CliApplication.class, args);
        } else {
            Quarkus.run(args);
        }
    }
}
