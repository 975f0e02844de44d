package org.contactrouter.channel.open311;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** A GeoReport XML answer parsed for tests: the root's name, values by XPath, and each element's child names. */
final class GeoReportXmlDocument {

    private final Document document;

    private GeoReportXmlDocument(Document document) {
        this.document = document;
    }

    static GeoReportXmlDocument parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return new GeoReportXmlDocument(factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + xml, e);
        }
    }

    String root() {
        return document.getDocumentElement().getNodeName();
    }

    String text(String xpath) {
        try {
            return (String) XPathFactory.newInstance().newXPath().evaluate(xpath, document, XPathConstants.STRING);
        } catch (Exception e) {
            throw new AssertionError(xpath, e);
        }
    }

    int count(String xpath) {
        return nodes(xpath).getLength();
    }

    /** The names of the child elements of the first node the XPath finds, in order. */
    List<String> childNames(String xpath) {
        NodeList found = nodes(xpath);
        assertThat(found.getLength()).as(xpath).isPositive();
        List<String> names = new ArrayList<>();
        NodeList children = found.item(0).getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i).getNodeType() == Node.ELEMENT_NODE) {
                names.add(children.item(i).getNodeName());
            }
        }
        return names;
    }

    private NodeList nodes(String xpath) {
        try {
            return (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, document, XPathConstants.NODESET);
        } catch (Exception e) {
            throw new AssertionError(xpath, e);
        }
    }
}
