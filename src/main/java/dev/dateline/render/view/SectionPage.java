package dev.dateline.render.view;

import java.util.List;

/**
 * A page of a timeline too long for one page: its home, that shows the whole span and links into
 * periods, a period (a year, month or day, or a span of deep time), or the events of one actor or
 * of one kind. {@code heading} names the part (null on the timeline's home); {@code trail} links
 * the wider parts, from the timeline down; {@code previous} and {@code next} the neighbouring parts
 * of the same width (either may be null). It shows the part's {@code overview} when it lists all
 * of the part's events, else its {@code density}, either may be null; then the narrower
 * {@code periods}, then its own {@code entries} under {@code entriesTitle}; {@code pages} links the pages of a list too
 * long for one page (empty when it fits), {@code filters} the actor and kind pages of the timeline.
 */
public record SectionPage(
        PageView page,
        TimelineView timeline,
        String heading,
        String countText,
        List<SectionLink> trail,
        SectionLink previous,
        SectionLink next,
        OverviewView overview,
        DensityView density,
        List<SectionLink> periods,
        String entriesTitle,
        List<EntryView> entries,
        List<SectionLink> pages,
        List<OverviewView.Key> actorOptions,
        List<OverviewView.Key> kindOptions,
        List<SectionLink> actorPages,
        List<SectionLink> kindPages) implements Page {

    public SectionPage {
        trail = List.copyOf(trail);
        periods = List.copyOf(periods);
        entries = List.copyOf(entries);
        pages = List.copyOf(pages);
        actorOptions = List.copyOf(actorOptions);
        kindOptions = List.copyOf(kindOptions);
        actorPages = List.copyOf(actorPages);
        kindPages = List.copyOf(kindPages);
    }

    /** Whether this is the timeline's home page, which shows the whole story's header. */
    public boolean home() {
        return heading == null;
    }

    @Override
    public String template() {
        return "section";
    }
}
