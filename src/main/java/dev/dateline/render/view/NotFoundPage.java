package dev.dateline.render.view;

/** The site's 404 page, served at any depth: its home link is absolute and its styles inlined. */
public record NotFoundPage(PageView page) implements Page {
    @Override
    public String template() {
        return "404";
    }
}
