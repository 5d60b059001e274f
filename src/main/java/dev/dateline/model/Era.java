package dev.dateline.model;

/** A named period of a timeline. */
public record Era(String title, EdtfDate date) {
}
