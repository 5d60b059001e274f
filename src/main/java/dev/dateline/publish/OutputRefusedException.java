package dev.dateline.publish;

/** The output folder holds files Dateline did not write; replacing it would lose them. */
public final class OutputRefusedException extends RuntimeException {
    public OutputRefusedException(String message) {
        super(message);
    }
}
