package dev.dateline.model;

/** A date that cannot be read, with the zero-based index in the text where the problem is. */
public final class InvalidDateException extends IllegalArgumentException {
    private final int index;
    private final String hint;

    public InvalidDateException(String message, int index, String hint) {
        super(message);
        this.index = index;
        this.hint = hint;
    }

    public int index() {
        return index;
    }

    public String hint() {
        return hint;
    }
}
