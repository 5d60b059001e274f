package dev.dateline.search;

/** Search is needed but Pagefind cannot be found or failed: what went wrong, and how to fix it. */
public final class SearchUnavailableException extends RuntimeException {
    private final String hint;

    SearchUnavailableException(String message, String hint) {
        super(message);
        this.hint = hint;
    }

    /** What to do about it. */
    public String hint() {
        return hint;
    }
}
