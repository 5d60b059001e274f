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

    static Qualifier of(char symbol) {
        return switch (symbol) {
            case '~' -> APPROXIMATE;
            case '?' -> UNCERTAIN;
            case '%' -> APPROXIMATE_AND_UNCERTAIN;
            default -> NONE;
        };
    }
}
