package dev.dateline.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The installed npm package {@code pagefind} that indexes a site for search. It is looked for in
 * one place: the folder named by the environment variable {@value #ENVIRONMENT}, else
 * {@code node_modules/pagefind} in the project folder (the folder that holds the content folder,
 * where {@code npm ci} installs the project's package-lock.json). Never downloaded by Dateline.
 */
public record Pagefind(Path folder) {
    /** The one version of Pagefind Dateline runs: its command line's options and output are pinned with it. */
    public static final String VERSION = "1.6.0";
    public static final String ENVIRONMENT = "DATELINE_PAGEFIND";

    /** What to do when search is needed and Pagefind is missing. */
    public static final String INSTALL = "install it in the project folder with `npm install --save-exact pagefind@" + VERSION
            + "` (Node.js 20 or newer; commit package.json and package-lock.json, and run `npm ci` where the site is built), "
            + "or set " + ENVIRONMENT + " to the folder of an installed pagefind package, or turn search off with "
            + "`search: false` in site.yaml";

    /** Pagefind as the environment and the project folder give it. */
    public static Pagefind find(Map<String, String> environment, Path project) {
        String named = environment.get(ENVIRONMENT);
        Path folder = named != null && !named.isBlank() ? Path.of(named)
                : project.toAbsolutePath().normalize().resolve("node_modules").resolve("pagefind");
        Path manifest = folder.resolve("package.json");
        String where = named != null && !named.isBlank() ? " (" + ENVIRONMENT + ")" : "";
        if (!Files.isRegularFile(manifest)) {
            throw new SearchUnavailableException("this site has a timeline too long for one page, and its search needs "
                    + "Pagefind " + VERSION + ", which is not installed at " + folder + where, INSTALL);
        }
        String version;
        try {
            version = JsonMapper.builder().build().readTree(Files.readString(manifest)).path("version").asString("unknown");
        } catch (IOException | JacksonException e) {
            throw new SearchUnavailableException("cannot read " + manifest + ": " + e.getMessage(), INSTALL);
        }
        if (!version.equals(VERSION)) {
            throw new SearchUnavailableException("Pagefind " + version + " is installed at " + folder + where
                    + ", but Dateline runs Pagefind " + VERSION,
                    "run `npm install --save-exact pagefind@" + VERSION + "` in the project folder, then `npm ci`");
        }
        return new Pagefind(folder);
    }
}
