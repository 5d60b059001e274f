package dev.dateline.interop;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns the HTML of a TimelineJS text into CommonMark: paragraphs, line breaks, emphasis,
 * links, lists, quotes and code are kept; scripts, frames, forms, images and links that are
 * not http, https or mailto are dropped, and each dropped kind is named so it can be reported.
 * Other tags keep their text. Immutable and thread-safe.
 */
final class HtmlToMarkdown {
    private static final Set<String> UNSAFE = Set.of("script", "style", "iframe", "object", "embed", "form",
            "input", "button", "select", "textarea", "frame", "frameset", "noscript", "template", "svg", "math",
            "link", "meta", "base", "video", "audio", "canvas", "img", "picture", "source");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "header", "footer",
            "aside", "figure", "figcaption", "address", "center", "dl", "dt", "dd", "table", "tr", "main", "nav");
    private static final Pattern LIST_MARKER = Pattern.compile("(- |\\d+\\. )");
    private static final Pattern BARE_URL = Pattern.compile("https?://[^\\s<>\"]+[^\\s<>\".,;:!?)\\]]");

    /** Markdown and the tags or attributes that could not be carried over. */
    record Result(String markdown, Set<String> dropped) {
    }

    /** Block Markdown; with {@code autolink}, bare URLs in the text become links (as TimelineJS shows them). */
    Result convert(String html, boolean autolink) {
        Writer writer = new Writer(autolink);
        writer.blocks(Jsoup.parseBodyFragment(html == null ? "" : html).body());
        return new Result(writer.finish(), writer.dropped);
    }

    /** One paragraph of inline Markdown, for titles, captions and credits. */
    Result convertInline(String html) {
        Result block = convert(html, false);
        return new Result(block.markdown().replaceAll("\\s*\\n\\s*", " ").strip(), block.dropped());
    }

    /** The text of the HTML, without markup, for plain-text fields such as titles. */
    static String text(String html) {
        return html == null ? "" : Jsoup.parseBodyFragment(html).body().text().strip();
    }

    private static final class Writer {
        private final boolean autolink;
        private final List<String> blocks = new ArrayList<>();
        private final Set<String> dropped = new TreeSet<>();
        private StringBuilder inline = new StringBuilder();

        Writer(boolean autolink) {
            this.autolink = autolink;
        }

        String finish() {
            flush();
            return String.join("\n\n", blocks);
        }

        void blocks(Element parent) {
            for (Node node : parent.childNodes()) {
                if (node instanceof Element e) {
                    block(e);
                } else {
                    inline(node);
                }
            }
        }

        private void block(Element e) {
            String tag = e.normalName();
            if (UNSAFE.contains(tag)) {
                dropped.add("<" + tag + ">");
            } else if (tag.matches("h[1-6]")) {
                flush();
                blocks.add("#".repeat(Integer.parseInt(tag.substring(1))) + " " + inlineOf(e));
            } else if (tag.equals("ul") || tag.equals("ol")) {
                flush();
                blocks.add(list(e, tag.equals("ol"), ""));
            } else if (tag.equals("blockquote")) {
                flush();
                String quoted = nested(e);
                blocks.add(quoted.lines().map(l -> l.isEmpty() ? ">" : "> " + l).reduce((a, b) -> a + "\n" + b).orElse(">"));
            } else if (tag.equals("pre")) {
                flush();
                String code = e.wholeText().replaceAll("\\n+$", "");
                String fence = code.contains("```") ? "~~~" : "```";
                blocks.add(fence + "\n" + code + "\n" + fence);
            } else if (tag.equals("hr")) {
                flush();
                blocks.add("---");
            } else if (BLOCKS.contains(tag)) {
                flush();
                blocks(e);
                flush();
            } else {
                inline(e);
            }
        }

        private String list(Element list, boolean ordered, String indent) {
            List<String> items = new ArrayList<>();
            int number = 1;
            for (Element item : list.children()) {
                String marker = ordered ? (number++) + ". " : "- ";
                String body = nestedItem(item);
                String pad = " ".repeat(marker.length());
                String[] lines = body.split("\n", -1);
                StringBuilder out = new StringBuilder(indent).append(marker).append(lines[0]);
                for (int i = 1; i < lines.length; i++) {
                    out.append('\n').append(lines[i].isEmpty() ? "" : indent + pad + lines[i]);
                }
                items.add(out.toString());
            }
            return String.join("\n", items);
        }

        /** The Markdown of an element's content, converted on its own (for list items and quotes). */
        private String nested(Element e) {
            Writer inner = new Writer(autolink);
            inner.blocks(e);
            dropped.addAll(inner.dropped);
            return inner.finish();
        }

        /** A list item: a nested list follows its text on the next line, so that the list stays tight. */
        private String nestedItem(Element item) {
            Writer inner = new Writer(autolink);
            inner.blocks(item);
            inner.flush();
            dropped.addAll(inner.dropped);
            StringBuilder out = new StringBuilder();
            for (String block : inner.blocks) {
                if (out.length() > 0) {
                    out.append(LIST_MARKER.matcher(block).lookingAt() ? "\n" : "\n\n");
                }
                out.append(block);
            }
            return out.toString();
        }

        private String inlineOf(Element e) {
            StringBuilder saved = inline;
            inline = new StringBuilder();
            e.childNodes().forEach(this::inline);
            String text = inline.toString().strip();
            inline = saved;
            return text;
        }

        private void inline(Node node) {
            if (node instanceof TextNode t) {
                text(t.getWholeText());
                return;
            }
            if (!(node instanceof Element e)) {
                return;
            }
            String tag = e.normalName();
            if (UNSAFE.contains(tag)) {
                dropped.add("<" + tag + ">");
            } else if (BLOCKS.contains(tag) || tag.equals("ul") || tag.equals("ol") || tag.equals("blockquote")
                    || tag.equals("pre") || tag.matches("h[1-6]")) {
                block(e);
            } else if (tag.equals("br")) {
                inline.append("\\\n");
            } else if (tag.equals("strong") || tag.equals("b")) {
                wrap(e, "**");
            } else if (tag.equals("em") || tag.equals("i") || tag.equals("cite")) {
                wrap(e, "*");
            } else if (tag.equals("code")) {
                String code = e.text();
                String tick = code.contains("`") ? "``" : "`";
                inline.append(tick).append(code).append(tick);
            } else if (tag.equals("a")) {
                link(e);
            } else {
                e.childNodes().forEach(this::inline);
            }
        }

        private void wrap(Element e, String mark) {
            String content = inlineOf(e);
            if (!content.isEmpty()) {
                inline.append(mark).append(content).append(mark);
            }
        }

        private void link(Element a) {
            String href = a.attr("href").strip();
            String text = inlineOf(a);
            String scheme = href.contains(":") ? href.substring(0, href.indexOf(':')).toLowerCase(Locale.ROOT) : "";
            boolean safe = scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto");
            if (!href.isEmpty() && !safe) {
                dropped.add("link to `" + (scheme.isEmpty() ? href : scheme + ":") + "`");
            }
            if (!safe || href.isEmpty()) {
                inline.append(text);
            } else if (text.isEmpty()) {
                inline.append('<').append(href.replace(">", "%3E")).append('>');
            } else {
                inline.append('[').append(text).append("](").append(destination(href)).append(')');
            }
        }

        private void text(String raw) {
            String collapsed = raw.replaceAll("\\s+", " ");
            if (inline.length() == 0 || inline.toString().endsWith("\n")) {
                collapsed = collapsed.stripLeading();
            }
            if (!autolink) {
                inline.append(escape(collapsed, inline.length() == 0));
                return;
            }
            Matcher url = BARE_URL.matcher(collapsed);
            int at = 0;
            while (url.find()) {
                inline.append(escape(collapsed.substring(at, url.start()), inline.length() == 0 && at == 0));
                inline.append('<').append(url.group()).append('>');
                at = url.end();
            }
            inline.append(escape(collapsed.substring(at), inline.length() == 0 && at == 0));
        }

        private void flush() {
            String text = inline.toString().replaceAll("[ \\t]+\\n", "\n").strip();
            while (text.endsWith("\\")) {
                text = text.substring(0, text.length() - 1).strip();
            }
            if (!text.isEmpty()) {
                blocks.add(text);
            }
            inline = new StringBuilder();
        }

        private static String destination(String href) {
            return href.replace(" ", "%20").replace("(", "%28").replace(")", "%29");
        }

        /** Escapes what CommonMark would read as markup, including what starts a block at the start of a line. */
        static String escape(String text, boolean lineStart) {
            String escaped = text.replaceAll("([\\\\`*_\\[\\]<>])", "\\\\$1");
            if (lineStart) {
                escaped = escaped.replaceFirst("^(\\s*)([#+=-])", "$1\\\\$2").replaceFirst("^(\\s*\\d+)([.)])", "$1\\\\$2");
            }
            return escaped;
        }
    }
}
