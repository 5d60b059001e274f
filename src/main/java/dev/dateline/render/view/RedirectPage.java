package dev.dateline.render.view;

/** A small page that sends readers on to {@code target}, a link relative to the page. */
public record RedirectPage(PageView page, String target) implements Page {
    @Override
    public String template() {
        return "redirect";
    }
}
