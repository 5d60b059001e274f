package dev.dateline.render.view;

/** An actor as shown; {@code role} and {@code url} may be null. */
public record ActorView(String id, String name, String role, String url) {
}
