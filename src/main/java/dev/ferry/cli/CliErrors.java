package dev.ferry.cli;

import dev.ferry.engine.session.SessionException;

/** One line that tells a CLI user what went wrong, without a stack trace. */
final class CliErrors {

    private CliErrors() {
    }

    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getMessage() == null) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        if (e instanceof SessionException s && s.sqlState() != null) {
            message += " (SQLSTATE " + s.sqlState() + ")";
        }
        return message.replace('\n', ' ');
    }
}
