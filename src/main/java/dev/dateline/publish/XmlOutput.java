package dev.dateline.publish;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An XML document written with the JDK's streaming writer, each element on a line of its own,
 * indented by two spaces per level. Characters XML 1.0 cannot hold (C0 controls other than tab
 * and line ends, lone surrogates, U+FFFE and U+FFFF) are left out, so the document is well-formed
 * whatever text it is given.
 */
final class XmlOutput {
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    /** Writes to the document; {@link XMLStreamException} cannot happen in memory but is declared. */
    @FunctionalInterface
    interface Step {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    // chars, encoded at the end: given a stream, the JDK's writer encodes each char on its own and
    // makes a synchronized call per byte (a third of the CPU samples of the preview's rebuild of a
    // 1,000-event site, in a profile of bench/rebuild-latency.sh)
    private final StringWriter text = new StringWriter(8192);
    private final XMLStreamWriter xml;

    XmlOutput() {
        try {
            xml = FACTORY.createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    XmlOutput write(Step step) {
        try {
            step.write(xml);
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A line break and the indentation of {@code depth}. */
    XmlOutput indent(int depth) {
        return write(x -> x.writeCharacters("\n" + "  ".repeat(depth)));
    }

    /** {@code <name>text</name>} on a line of its own. */
    XmlOutput element(int depth, String name, String text) {
        return indent(depth).element(name, text);
    }

    /** {@code <name>text</name>}. */
    XmlOutput element(String name, String text) {
        return write(x -> {
            x.writeStartElement(name);
            x.writeCharacters(valid(text));
            x.writeEndElement();
        });
    }

    /** An empty element on a line of its own with the given attributes, names and values in turn. */
    XmlOutput empty(int depth, String name, String... attributes) {
        indent(depth);
        return write(x -> {
            x.writeEmptyElement(name);
            for (int i = 0; i < attributes.length; i += 2) {
                x.writeAttribute(attributes[i], valid(attributes[i + 1]));
            }
        });
    }

    /** The document, ended with a line break. */
    byte[] finish() {
        write(x -> {
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.close();
        });
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The text without the characters XML 1.0 cannot hold. */
    static String valid(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            boolean allowed = pair || c == '\t' || c == '\n' || c == '\r'
                    || c >= 0x20 && c <= 0xFFFD && !Character.isSurrogate(c);
            if (!allowed && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            } else if (allowed && out != null) {
                out.append(c);
            }
            if (pair) {
                if (out != null) {
                    out.append(text.charAt(i + 1));
                }
                i++;
            }
        }
        return out == null ? text : out.toString();
    }
}
