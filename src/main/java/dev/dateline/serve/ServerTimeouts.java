package dev.dateline.serve;

/**
 * The limits of the JDK's HTTP server that only system properties set: how long a connection may
 * take to send its request (so a client that sends its headers a byte at a time, or nothing at
 * all, loses its connection and frees its thread), how long an idle one is kept, and how many
 * connections are open at once. The server reads them once per JVM, when the first one is made:
 * they are set here, before, and only where not set already (a {@code -D} on the command line wins).
 * Responses get no time limit: the live-reload streams stay open as long as their pages.
 */
final class ServerTimeouts {
    static final int REQUEST_SECONDS = 10;
    static final int IDLE_SECONDS = 30;
    static final int MAX_CONNECTIONS = 1000;

    private ServerTimeouts() {
    }

    static void install() {
        setIfAbsent("sun.net.httpserver.maxReqTime", Integer.toString(REQUEST_SECONDS));
        setIfAbsent("sun.net.httpserver.idleInterval", Integer.toString(IDLE_SECONDS));
        setIfAbsent("jdk.httpserver.maxConnections", Integer.toString(MAX_CONNECTIONS));
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
