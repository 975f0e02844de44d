package org.contactrouter.channel.open311;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * GeoReport v2 in XML, its default format: the same ordered fields as the JSON, as elements. A list is an element
 * holding one child per item, named as the specification names it ({@code attributes/attribute},
 * {@code values/value}, {@code endpoints/endpoint}, {@code formats/format}); a null field is an empty element.
 */
final class GeoReportXml {

    private static final Map<String, String> ITEM_NAMES = Map.of("attributes", "attribute", "values", "value",
            "endpoints", "endpoint", "formats", "format");
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private GeoReportXml() {
    }

    /** A document {@code <root><item>…</item>…</root>}, e.g. {@code services/service} or {@code errors/error}. */
    static String list(String root, String item, List<? extends Map<String, ?>> items) {
        return document(writer -> {
            writer.writeStartElement(root);
            for (Map<String, ?> fields : items) {
                element(writer, item, fields);
            }
            writer.writeEndElement();
        });
    }

    /** A document holding one element, e.g. {@code service_definition} or {@code discovery}. */
    static String single(String root, Map<String, ?> fields) {
        return document(writer -> element(writer, root, fields));
    }

    private interface Body {
        void write(XMLStreamWriter writer) throws XMLStreamException;
    }

    private static String document(Body body) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter writer = FACTORY.createXMLStreamWriter(out);
            writer.writeStartDocument("UTF-8", "1.0");
            body.write(writer);
            writer.writeEndDocument();
            writer.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write GeoReport XML", e);
        }
        return out.toString();
    }

    private static void element(XMLStreamWriter writer, String name, Object value) throws XMLStreamException {
        if (value == null) {
            writer.writeEmptyElement(name);
            return;
        }
        writer.writeStartElement(name);
        if (value instanceof Map<?, ?> fields) {
            for (Map.Entry<?, ?> field : fields.entrySet()) {
                element(writer, field.getKey().toString(), field.getValue());
            }
        } else if (value instanceof List<?> items) {
            String item = ITEM_NAMES.getOrDefault(name, "item");
            for (Object each : items) {
                element(writer, item, each);
            }
        } else {
            writer.writeCharacters(value.toString());
        }
        writer.writeEndElement();
    }
}
