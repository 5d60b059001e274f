package dev.dateline.interop;

import dev.dateline.interop.TimelineJsSource.MediaRef;
import dev.dateline.model.ImageSize;
import dev.dateline.model.Media;
import dev.dateline.model.SiteConfig;
import dev.dateline.model.Source;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Maps the media of a TimelineJS slide: an http(s) URL becomes the event's media (shown as a
 * captioned link), an image file beside the source is copied beside the event, the media's
 * click-through link and the link inside embed HTML become sources. One instance per import.
 */
final class TimelineJsMedia {
    private final Path sourceFolder;
    private final HtmlToMarkdown html;
    private final Set<String> copiedNames = new HashSet<>();
    private final List<MediaCopy> copies = new ArrayList<>();

    /** What one slide's media became. */
    record Mapped(List<Media> media, List<Source> sources, Optional<QuotedText> quote) {
    }

    /**
     * Words quoted in a {@code <blockquote>} embed, verbatim; {@code speaker} is the media caption
     * (the name TimelineJS shows under a quote), empty when there is none.
     */
    record QuotedText(String text, Optional<String> lang, String speaker, Optional<Source> source) {
    }

    TimelineJsMedia(Path sourceFolder, HtmlToMarkdown html) {
        this.sourceFolder = sourceFolder;
        this.html = html;
    }

    List<MediaCopy> copies() {
        return List.copyOf(copies);
    }

    Mapped map(MediaRef ref, String headline, String where, ImportReport report) {
        List<Media> media = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        Optional<QuotedText> quote = Optional.empty();
        String url = ref.url().strip();
        if (!ref.thumbnail().isEmpty()) {
            report.warning(where, "the media thumbnail is not carried over: pages show the media itself, or a link to it");
        }
        Element embed = Jsoup.parseBodyFragment(url).body();
        if (url.startsWith("<") && embed.selectFirst("blockquote") != null && !embed.text().isBlank()) {
            quote = Optional.of(quote(embed, ref, where, report));
            quote.get().source().filter(s -> s.url().isPresent()).ifPresent(sources::add);
        } else if (url.startsWith("<")) {
            embed(embed, where, report).ifPresent(sources::add);
        } else if (isHttp(url)) {
            media.add(new Media(url, alt(ref, headline, where, report), inline(ref.caption(), where, "caption", report),
                    inline(ref.credit(), where, "credit", report)));
        } else if (!url.isEmpty()) {
            local(url, where, report).ifPresent(name -> media.add(new Media(name, alt(ref, headline, where, report),
                    inline(ref.caption(), where, "caption", report), inline(ref.credit(), where, "credit", report))));
        } else if (!ref.caption().isEmpty() || !ref.credit().isEmpty()) {
            report.warning(where, "a media caption or credit without a media URL is not carried over");
        }
        if (isHttp(ref.link().strip())) {
            String title = HtmlToMarkdown.text(ref.title());
            sources.add(new Source(title.isEmpty() ? host(ref.link().strip()) : title, Optional.of(ref.link().strip()),
                    Optional.empty(), Optional.empty()));
        } else if (!ref.link().isBlank()) {
            report.warning(where, "the media link `" + ref.link() + "` is not an http(s) URL and is not carried over");
        }
        return new Mapped(media, sources, quote);
    }

    /** Embed HTML (a tweet's blockquote, an iframe): never embedded; its first link is kept as a source. */
    /**
     * A quote embed (TimelineJS shows a {@code <blockquote>} as a quote; a tweet embed is one too):
     * its words, its language, who said it (the caption) and where (its link, else the credit).
     */
    private QuotedText quote(Element embed, MediaRef ref, String where, ImportReport report) {
        Element blockquote = embed.selectFirst("blockquote");
        List<Element> paragraphs = blockquote.select("p");
        String text = paragraphs.isEmpty() ? blockquote.text() : paragraphs.stream().map(Element::text)
                .reduce((a, b) -> a + "\n\n" + b).orElse("");
        Optional<String> lang = Stream.concat(Stream.of(blockquote), paragraphs.stream())
                .map(e -> e.attr("lang").strip()).filter(l -> !l.isEmpty()).findFirst();
        Optional<String> link = blockquote.select("a[href]").stream().map(a -> a.attr("href").strip())
                .filter(TimelineJsMedia::isHttp).reduce((first, last) -> last)
                .or(() -> Optional.of(blockquote.attr("cite").strip()).filter(TimelineJsMedia::isHttp));
        Element credit = Jsoup.parseBodyFragment(ref.credit()).body();
        Optional<String> creditUrl = Optional.ofNullable(credit.selectFirst("a[href]")).map(a -> a.attr("href").strip())
                .filter(TimelineJsMedia::isHttp);
        String creditName = credit.text().strip();
        Optional<Source> source = link.map(l -> new Source(creditName.isEmpty() ? host(l) : creditName, Optional.of(l),
                        Optional.empty(), Optional.empty()))
                .or(() -> creditName.isEmpty() ? Optional.empty()
                        : Optional.of(new Source(creditName, creditUrl, Optional.empty(), Optional.empty())));
        if (paragraphs.isEmpty() && !blockquote.select("a").isEmpty()) {
            report.warning(where, "the quote embed's link text is part of the quote's words; check them");
        }
        return new QuotedText(text, lang, HtmlToMarkdown.text(ref.caption()), source);
    }

    private Optional<Source> embed(Element body, String where, ImportReport report) {
        Optional<String> link = body.select("a[href], iframe[src], blockquote[cite]").stream()
                .map(e -> e.hasAttr("href") ? e.attr("href") : e.hasAttr("src") ? e.attr("src") : e.attr("cite"))
                .map(String::strip).filter(TimelineJsMedia::isHttp).findFirst();
        if (link.isEmpty()) {
            report.warning(where, "the media is embed HTML without a link; it is not carried over");
            return Optional.empty();
        }
        report.warning(where, "the media is embed HTML, which Dateline never embeds; its link " + link.get()
                + " is kept as a source");
        return Optional.of(new Source(host(link.get()), link, Optional.empty(), Optional.empty()));
    }

    /** An image file named relative to the source file: copied beside the event files. */
    private Optional<String> local(String url, String where, ImportReport report) {
        Path file;
        try {
            URI uri = new URI(url.replace(" ", "%20"));
            if (uri.getScheme() != null) {
                report.warning(where, "the media `" + shorten(url) + "` is not carried over: only http(s) URLs and image "
                        + "files beside the imported file are");
                return Optional.empty();
            }
            file = sourceFolder.resolve(uri.getPath()).normalize();
        } catch (URISyntaxException | java.nio.file.InvalidPathException e) {
            report.warning(where, "the media `" + shorten(url) + "` is neither a URL nor a file name; it is not carried over");
            return Optional.empty();
        }
        if (!Files.isRegularFile(file)) {
            report.warning(where, "the media file " + url + " is not beside the imported file; it is not carried over");
            return Optional.empty();
        }
        if (!isBelowSource(file)) {
            report.warning(where, "the media file " + url + " is not in the imported file's folder or below it; "
                    + "it is not carried over: copy it there, or use an http(s) URL");
            return Optional.empty();
        }
        try {
            if (Files.size(file) > SiteConfig.DEFAULT_MAX_IMAGE_BYTES) {
                report.warning(where, "the media file " + url + " is larger than " + SiteConfig.DEFAULT_MAX_IMAGE_BYTES / 1_000_000
                        + " MB, the most an image may have; it is not carried over");
                return Optional.empty();
            }
            if (ImageSize.read(Files.readAllBytes(file)).isEmpty()) {
                report.warning(where, "the media file " + url + " is not a " + ImageSize.FORMATS
                        + " image; it is not carried over");
                return Optional.empty();
            }
        } catch (IOException e) {
            report.warning(where, "the media file " + url + " cannot be read (" + e.getMessage() + "); it is not carried over");
            return Optional.empty();
        }
        String name = file.getFileName().toString().replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[^A-Za-z0-9]+", "");
        Optional<MediaCopy> same = copies.stream().filter(c -> c.from().equals(file)).findFirst();
        if (same.isPresent()) {
            return Optional.of(same.get().name());
        }
        int dot = name.lastIndexOf('.');
        String unique = name;
        for (int n = 2; !copiedNames.add(unique); n++) {
            unique = dot > 0 ? name.substring(0, dot) + "-" + n + name.substring(dot) : name + "-" + n;
        }
        copies.add(new MediaCopy(file, unique));
        return Optional.of(unique);
    }

    /** Whether {@code file}, links resolved, is in the imported file's folder or below it. */
    private boolean isBelowSource(Path file) {
        try {
            return file.startsWith(sourceFolder) && file.toRealPath().startsWith(sourceFolder.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    private String alt(MediaRef ref, String headline, String where, ImportReport report) {
        String alt = HtmlToMarkdown.text(ref.alt());
        if (!alt.isEmpty()) {
            return alt;
        }
        String title = HtmlToMarkdown.text(ref.title());
        String caption = HtmlToMarkdown.text(ref.caption());
        String used = !title.isEmpty() ? "title" : !caption.isEmpty() ? "caption" : "headline";
        report.warning(where, "the media has no alt text; its " + used + " is used: describe the media in `alt`");
        return !title.isEmpty() ? title : !caption.isEmpty() ? caption : headline;
    }

    private Optional<String> inline(String htmlText, String where, String what, ImportReport report) {
        if (htmlText.isBlank()) {
            return Optional.empty();
        }
        HtmlToMarkdown.Result result = html.convertInline(htmlText);
        if (!result.dropped().isEmpty()) {
            report.warning(where, "dropped from the media " + what + ": " + String.join(", ", result.dropped()));
        }
        return result.markdown().isEmpty() ? Optional.empty() : Optional.of(result.markdown());
    }

    static boolean isHttp(String url) {
        if (!url.startsWith("http://") && !url.startsWith("https://")) {
            return false;
        }
        try {
            URI uri = new URI(url);
            return uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String host(String url) {
        try {
            return new URI(url).getHost();
        } catch (URISyntaxException e) {
            return url;
        }
    }

    private static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 59) + "\u2026";
    }
}
