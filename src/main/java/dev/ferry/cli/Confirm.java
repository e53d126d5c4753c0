package dev.ferry.cli;

import java.io.Console;

/** Asks a yes/no question on the terminal; without one (scripts, CI) the answer is no. */
final class Confirm {

    private Confirm() {
    }

    static boolean ask(String question) {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        String answer = console.readLine("%s [y/N] ", question);
        return answer != null && (answer.equalsIgnoreCase("y") || answer.equalsIgnoreCase("yes"));
    }
}
