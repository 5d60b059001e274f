package dev.dateline.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Puts a long page together from its frame and its list entries. The frame is rendered with a
 * placeholder for each entry; the frame and the entries, each compacted on its own (the entries
 * in parallel, as they are rendered), are joined into the page's bytes exactly as
 * {@link HtmlWhitespace#compactToUtf8} would compact the whole page, without building it as one string.
 */
final class EntrySplice {
    private static final char MARK = '\u0000';

    private EntrySplice() {
    }

    /** The placeholders a frame is rendered with, one per entry. */
    static List<String> placeholders(int count) {
        return IntStream.range(0, count).mapToObj(i -> MARK + Integer.toString(i) + MARK).toList();
    }

    /**
     * The page: the {@code frame} with each placeholder replaced by its entry, compacted; empty when
     * the frame holds something that only looks like a placeholder, or preformatted text, which a
     * compaction of the parts apart could treat otherwise than one of the whole.
     */
    static Optional<byte[]> join(String frame, List<byte[]> compactedEntries) {
        if (HtmlWhitespace.hasPreformatted(frame)) {
            return Optional.empty();
        }
        List<byte[]> parts = new ArrayList<>();
        int at = 0;
        for (int mark = frame.indexOf(MARK); mark >= 0; mark = frame.indexOf(MARK, at)) {
            int close = frame.indexOf(MARK, mark + 1);
            Optional<Integer> index = close < 0 ? Optional.empty() : index(frame.substring(mark + 1, close), compactedEntries.size());
            if (index.isEmpty()) {
                return Optional.empty();
            }
            parts.add(HtmlWhitespace.compactToUtf8(frame, at, mark));
            parts.add(compactedEntries.get(index.get()));
            at = close + 1;
        }
        parts.add(HtmlWhitespace.compactToUtf8(frame, at, frame.length()));
        return Optional.of(join(parts));
    }

    /**
     * Concatenates compacted parts. A part compacted on its own keeps the whitespace it starts
     * with; where the part before ends a line, the compaction of the whole would have dropped it.
     */
    static byte[] join(List<byte[]> parts) {
        int total = parts.stream().mapToInt(part -> part.length).sum();
        byte[] out = new byte[total];
        int size = 0;
        for (byte[] part : parts) {
            int from = 0;
            if (size > 0 && out[size - 1] == '\n') {
                while (from < part.length && (part[from] == ' ' || part[from] == '\t' || part[from] == '\n')) {
                    from++;
                }
            }
            System.arraycopy(part, from, out, size, part.length - from);
            size += part.length - from;
        }
        return size == total ? out : Arrays.copyOf(out, size);
    }

    private static Optional<Integer> index(String digits, int count) {
        if (digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        int index = Integer.parseInt(digits);
        return index < count ? Optional.of(index) : Optional.empty();
    }
}
