package dev.dateline.publish;

import dev.dateline.render.UrlLayout;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

/**
 * Checks a built site the way html-proofer does, without a network: every internal
 * {@code href}, {@code src} and {@code srcset} of every page, and every {@code #anchor}, must
 * resolve to a file (and an element id) of the site as served from {@code root}, the URL of the
 * site's folder (a project path such as {@code https://owner.github.io/repo/}). A folder URL
 * serves its {@code index.html}; absolute links under {@code root}'s host count as internal;
 * links to other hosts and schemes are not followed. {@code 404.html} is checked as served at
 * any depth, as GitHub Pages serves it. Stateless and thread-safe.
 */
public final class LinkChecker {
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final String LINKS = "a[href], area[href], link[href], script[src], img[src], img[srcset], "
            + "source[src], source[srcset], iframe[src], audio[src], video[src], video[poster], track[src], form[action]";
    /** Where GitHub Pages serves {@code 404.html}: for a missing page at the top and a missing page deep down. */
    private static final List<String> NOT_FOUND_AT = List.of("missing-page", "missing/at/any/depth");

    /** A link that does not resolve: the page, where the link is in it (1-based), the link as written and why. */
    public record BrokenLink(String page, int line, int column, String link, String reason) {
    }

    /** How many pages and internal links were checked, and those that are broken. */
    public record Report(int pages, int links, List<BrokenLink> broken) {
        public Report {
            broken = List.copyOf(broken);
        }
    }

    public Report check(SiteOutput site, URI root) {
        Map<String, Document> pages = new HashMap<>();
        site.files().keySet().stream().filter(p -> p.endsWith(".html"))
                .forEach(p -> pages.put(p, parse(site.files().get(p))));
        List<BrokenLink> broken = new ArrayList<>();
        int links = 0;
        for (Map.Entry<String, Document> page : pages.entrySet()) {
            String path = page.getKey();
            List<URI> servedAt = (path.equals(UrlLayout.NOT_FOUND) ? NOT_FOUND_AT : List.of(path)).stream()
                    .map(root::resolve).toList();
            for (Element element : page.getValue().select(LINKS)) {
                for (Attribute attribute : element.attributes()) {
                    for (String link : links(attribute)) {
                        if (!isInternal(link, root)) {
                            continue;
                        }
                        links++;
                        for (URI at : servedAt) {
                            Optional<String> problem = problem(path, at, link, root, site, pages);
                            if (problem.isPresent()) {
                                Range.Position where = attribute.sourceRange().nameRange().start();
                                String served = servedAt.size() > 1 ? " (served at " + at.getPath() + ")" : "";
                                broken.add(new BrokenLink(path, where.lineNumber(), where.columnNumber(), link,
                                        problem.get() + served));
                                break;
                            }
                        }
                    }
                }
            }
        }
        broken.sort(Comparator.comparing(BrokenLink::page).thenComparingInt(BrokenLink::line)
                .thenComparingInt(BrokenLink::column));
        return new Report(pages.size(), links, broken);
    }

    private static List<String> links(Attribute attribute) {
        return switch (attribute.getKey()) {
            case "href", "src", "poster", "action" -> List.of(attribute.getValue().strip());
            case "srcset" -> Pattern.compile(",\\s+").splitAsStream(attribute.getValue().strip())
                    .map(candidate -> candidate.strip().split("\\s+")[0]).toList();
            default -> List.of();
        };
    }

    /** Relative and root-relative links, and absolute ones to the site's own host. */
    private static boolean isInternal(String link, URI root) {
        if (link.isEmpty() || link.equals("#")) {
            return false;
        }
        if (!SCHEME.matcher(link).find() && !link.startsWith("//")) {
            return true;
        }
        return parse(link).map(root::resolve)
                .map(target -> root.getScheme().equalsIgnoreCase(String.valueOf(target.getScheme()))
                        && root.getRawAuthority().equalsIgnoreCase(String.valueOf(target.getRawAuthority())))
                .orElse(true);
    }

    private static Optional<String> problem(String file, URI servedAt, String link, URI root, SiteOutput site,
            Map<String, Document> pages) {
        Optional<URI> resolved = parse(link).map(servedAt::resolve);
        if (resolved.isEmpty()) {
            return Optional.of("not a valid URL");
        }
        URI target = resolved.get();
        String path = target.getPath() == null ? "" : target.getPath();
        if (!path.startsWith(root.getPath())) {
            return Optional.of("points outside the site, which is served under " + root.getPath());
        }
        String targetFile = path.equals(servedAt.getPath()) ? file : served(path.substring(root.getPath().length()), site);
        if (!site.files().containsKey(targetFile)) {
            return Optional.of("no file " + targetFile + " in the site");
        }
        String anchor = target.getFragment();
        Document document = pages.get(targetFile);
        // "#top" needs no element: HTML scrolls to the top of the document
        if (anchor != null && !anchor.isEmpty() && !anchor.equalsIgnoreCase("top")
                && document != null && document.getElementById(anchor) == null
                && document.getElementsByAttributeValue("name", anchor).isEmpty()) {
            return Optional.of("no element with id `" + anchor + "` in " + targetFile);
        }
        return Optional.empty();
    }

    /** The file a path under the root is served from: a folder serves its index.html, with or without the slash. */
    private static String served(String path, SiteOutput site) {
        if (path.isEmpty() || path.endsWith("/")) {
            return path + UrlLayout.HOME;
        }
        if (!site.files().containsKey(path) && site.files().containsKey(path + "/" + UrlLayout.HOME)) {
            return path + "/" + UrlLayout.HOME;
        }
        return path;
    }

    /** The link as a URI, percent-encoding what a browser would (spaces, non-ASCII) before it asks for it. */
    private static Optional<URI> parse(String link) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : link.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c <= 0x20 || c >= 0x7f || "\"<>\\^`{|}".indexOf(c) >= 0) {
                encoded.append('%').append(String.format(Locale.ROOT, "%02X", c));
            } else {
                encoded.append((char) c);
            }
        }
        try {
            return Optional.of(new URI(encoded.toString()));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static Document parse(byte[] html) {
        return Parser.htmlParser().setTrackPosition(true).parseInput(new String(html, StandardCharsets.UTF_8), "");
    }
}
