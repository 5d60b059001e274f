package dev.dateline.model;

/** One side of a date: a known point, open ({@code ..}, it goes on) or unknown (left empty). */
public enum IntervalEnd {
    KNOWN(null), OPEN(".."), UNKNOWN("");

    private final String edtf;

    IntervalEnd(String edtf) {
        this.edtf = edtf;
    }

    /** How EDTF writes the side when no point is known: {@code ..} or nothing. */
    String edtf() {
        return edtf;
    }
}
