package dev.dateline.model;

/** EDTF level 1 qualification of a date: {@code ~} approximate, {@code ?} uncertain, {@code %} both. */
public enum Qualifier {
    NONE(""), APPROXIMATE("~"), UNCERTAIN("?"), APPROXIMATE_AND_UNCERTAIN("%");

    private final String symbol;

    Qualifier(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public boolean approximate() {
        return this == APPROXIMATE || this == APPROXIMATE_AND_UNCERTAIN;
    }

    public boolean uncertain() {
        return this == UNCERTAIN || this == APPROXIMATE_AND_UNCERTAIN;
    }

    /** The qualifier that is approximate and uncertain as asked. */
    public static Qualifier of(boolean approximate, boolean uncertain) {
        return approximate ? (uncertain ? APPROXIMATE_AND_UNCERTAIN : APPROXIMATE) : (uncertain ? UNCERTAIN : NONE);
    }

    /** Both qualifications, this one's and {@code other}'s. */
    public Qualifier and(Qualifier other) {
        return of(approximate() || other.approximate(), uncertain() || other.uncertain());
    }

    /** What this qualifier says that {@code other} does not. */
    public Qualifier without(Qualifier other) {
        return of(approximate() && !other.approximate(), uncertain() && !other.uncertain());
    }

    /** What both qualifiers say. */
    public Qualifier common(Qualifier other) {
        return of(approximate() && other.approximate(), uncertain() && other.uncertain());
    }

    static Qualifier of(char symbol) {
        return switch (symbol) {
            case '~' -> APPROXIMATE;
            case '?' -> UNCERTAIN;
            case '%' -> APPROXIMATE_AND_UNCERTAIN;
            default -> NONE;
        };
    }
}
