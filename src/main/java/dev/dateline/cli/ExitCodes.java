package dev.dateline.cli;

/** What the exit status of a command means. */
final class ExitCodes {
    static final int OK = 0;
    static final int CONTENT_ERRORS = 1;
    static final int USAGE = 2;
    static final int FAILURE = 3;

    private ExitCodes() {
    }
}
