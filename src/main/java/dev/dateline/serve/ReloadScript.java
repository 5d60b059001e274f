package dev.dateline.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The live-reload script of the preview: where it and its event stream are served under the
 * base path, and the tag that every HTML page the preview serves carries. Nothing of it is
 * ever written into the built site.
 */
final class ReloadScript {
    /** A folder no site path can use: timeline and event ids never contain an underscore. */
    static final String RESERVED = "__dateline/";

    private final String scriptPath;
    private final String eventsPath;
    private final ServedFile script;

    ReloadScript(BasePath base) {
        this.scriptPath = base.value() + RESERVED + "reload.js";
        this.eventsPath = base.value() + RESERVED + "events";
        byte[] code = resource("reload.js");
        this.script = new ServedFile(code, MediaTypes.of("reload.js"), "reload-" + Integer.toHexString(Arrays.hashCode(code)));
    }

    String scriptPath() {
        return scriptPath;
    }

    String eventsPath() {
        return eventsPath;
    }

    ServedFile script() {
        return script;
    }

    /** The page with the script tag before its closing body tag (or at its end); {@code version} names this build of the page. */
    byte[] inject(byte[] html, String version) {
        String page = new String(html, StandardCharsets.UTF_8);
        String tag = "<script src=\"" + attribute(scriptPath) + "\" data-events=\"" + attribute(eventsPath)
                + "\" data-version=\"" + attribute(version) + "\"></script>\n";
        int at = lastClosingBody(page);
        String injected = at < 0 ? page + tag : page.substring(0, at) + tag + page.substring(at);
        return injected.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Where the last {@code </body>} of any case starts, or -1. Compared in place: a lower-cased copy
     * can differ in length from the page ({@code İ} becomes two chars), so its indexes would not fit.
     */
    static int lastClosingBody(String page) {
        String tag = "</body>";
        for (int at = page.lastIndexOf("</"); at >= 0; at = page.lastIndexOf("</", at - 1)) {
            if (page.regionMatches(true, at, tag, 0, tag.length())) {
                return at;
            }
        }
        return -1;
    }

    private static String attribute(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;");
    }

    private static byte[] resource(String name) {
        try (InputStream in = ReloadScript.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
