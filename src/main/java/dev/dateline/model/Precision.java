package dev.dateline.model;

/** How much of a date is known, from the coarsest to the finest. */
public enum Precision {
    YEAR, MONTH, DAY, MINUTE, SECOND;

    public boolean hasTime() {
        return this == MINUTE || this == SECOND;
    }
}
