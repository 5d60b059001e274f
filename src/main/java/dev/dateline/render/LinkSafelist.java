package dev.dateline.render;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * A safelist that lets a link through at once when its {@code href} plainly is a web or mail
 * address ({@code https://} or {@code http://} then a letter or digit, {@code mailto:} then a
 * letter or digit), which the safelist allows anyway. Those are most links, and jsoup's own test
 * resolves each against a base URL before it looks at the protocol, which was most of the cost
 * of cleaning a page's Markdown. Every other attribute, and every other link, gets jsoup's test.
 */
final class LinkSafelist extends Safelist {
    private static final String[] WEB = {"http://", "https://", "mailto:"};

    LinkSafelist(Safelist base) {
        super(base);
    }

    @Override
    public boolean isSafeAttribute(String tagName, Element element, Attribute attribute) {
        if (tagName.equals("a") && attribute.getKey().equals("href") && isWebLink(attribute.getValue())) {
            return true;
        }
        return super.isSafeAttribute(tagName, element, attribute);
    }

    /** Whether {@code href} starts with {@code https://}, {@code http://} or {@code mailto:} and a letter or digit. */
    static boolean isWebLink(String href) {
        for (String protocol : WEB) {
            if (href.length() > protocol.length() && href.regionMatches(true, 0, protocol, 0, protocol.length())
                    && isAsciiLetterOrDigit(href.charAt(protocol.length()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
