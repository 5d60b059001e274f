package dev.dateline.model;

/** How much of a date is known, from the coarsest to the finest. A season is three months of a year. */
public enum Precision {
    YEAR, SEASON, MONTH, DAY, MINUTE, SECOND;

    public boolean hasTime() {
        return this == MINUTE || this == SECOND;
    }
}
