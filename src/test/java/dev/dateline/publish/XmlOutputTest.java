package dev.dateline.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.Random;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * Whatever text it is given, the document is well-formed: an XML parser reads back the text
 * without the characters XML 1.0 cannot hold, and nothing else changed.
 */
class XmlOutputTest {
    private static final String SPECIAL = "<>&\"'\u00a0\t\n \u00e9\ud83d\ude00]]>\u001b\u000c\u0000\u0008\ufffe\uffff\ud800\udfff";

    @Test
    void anyTextReadsBackWithoutWhatXmlCannotHold() throws Exception {
        Random random = new Random(10072017);
        for (int run = 0; run < 5_000; run++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(8); i > 0; i--) {
                text.append(random.nextBoolean() ? SPECIAL.charAt(random.nextInt(SPECIAL.length())) : (char) random.nextInt(0x100));
            }
            String value = text.toString();
            byte[] xml = new XmlOutput().write(x -> x.writeStartElement("doc"))
                    .empty(1, "a", "v", value)
                    .element(1, "b", value)
                    .indent(0).write(x -> x.writeEndElement())
                    .finish();
            Element doc = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(xml)).getDocumentElement();
            String expected = xmlCharacters(value).replace("\r\n", "\n").replace('\r', '\n');
            // a parser makes every line end \n, and whitespace in attribute values spaces
            assertThat(((Element) doc.getElementsByTagName("a").item(0)).getAttribute("v")).as(value)
                    .isEqualTo(expected.replaceAll("[\t\n]", " "));
            assertThat(doc.getElementsByTagName("b").item(0).getTextContent()).as(value)
                    .isEqualTo(expected);
        }
    }

    /** The characters of XML 1.0's Char production, by code point. */
    private static String xmlCharacters(String text) {
        StringBuilder kept = new StringBuilder();
        text.codePoints()
                .filter(c -> c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
                        || c >= 0x10000 && c <= 0x10FFFF)
                .forEach(kept::appendCodePoint);
        return kept.toString();
    }
}
