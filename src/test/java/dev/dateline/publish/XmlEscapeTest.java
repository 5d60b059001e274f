package dev.dateline.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.Random;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.junit.jupiter.api.Test;

/** The escapes are those of the JDK's streaming XML writer, for any text. */
class XmlEscapeTest {
    private static final String SPECIAL = "<>&\"'\u00a0\t\n\r \u00e9\ud83d\ude00]]>";

    @Test
    void escapesAsTheStreamingWriterDoes() throws XMLStreamException {
        Random random = new Random(10072017);
        for (int run = 0; run < 20_000; run++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(8); i > 0; i--) {
                text.append(random.nextBoolean() ? SPECIAL.charAt(random.nextInt(SPECIAL.length())) : (char) random.nextInt(0x100));
            }
            String value = text.toString();
            assertThat("<a v=\"" + XmlEscape.attribute(value) + "\">" + XmlEscape.text(value) + "</a>")
                    .as(value).isEqualTo(streamed(value));
        }
    }

    private static String streamed(String value) throws XMLStreamException {
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
        xml.writeStartElement("a");
        xml.writeAttribute("v", value);
        xml.writeCharacters(value);
        xml.writeEndElement();
        xml.flush();
        return out.toString();
    }
}
