package org.alerrt.tracker.tincan.adapters.packaging;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.ParserConfigurationException;
import org.alerrt.tracker.cmi5.api.ImportProblem;
import org.alerrt.tracker.cmi5.api.LangString;
import org.alerrt.tracker.cmi5.api.SecureXml;
import org.alerrt.tracker.tincan.domain.TinCanActivity;
import org.alerrt.tracker.tincan.domain.TinCanStructure;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parses a tincan.xml: {@code <tincan><activities><activity id type><name lang/><description lang/>
 * <launch lang/></activity>...</activities></tincan>}. Elements are matched in the Tin Can namespace
 * ({@value #NS}) or in no namespace (some authoring tools leave it out); elements of other namespaces are ignored.
 * Values are stripped of surrounding whitespace. Structural problems (wrong root, no activities) are collected;
 * the rules on the activities themselves are {@link org.alerrt.tracker.tincan.domain.rules.TinCanRule}s.
 */
public final class TinCanXml {

    public static final String NS = "http://projecttincan.com/tincan.xsd";
    static final String RULE = "Tin Can tincan.xml structure";

    /** The activities read, and the structural problems found. */
    public record Parsed(TinCanStructure structure, List<ImportProblem> problems) {}

    private TinCanXml() {}

    /** @throws SAXException when the document is not well-formed (or has a DOCTYPE, which is refused) */
    public static Parsed parse(byte[] xml) throws SAXException {
        Document doc;
        try {
            DocumentBuilder builder = SecureXml.documentBuilderFactory().newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler() {
                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            doc = builder.parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new SAXException(e);
        }
        List<ImportProblem> problems = new ArrayList<>();
        Element root = doc.getDocumentElement();
        if (!isTinCan(root, "tincan")) {
            problems.add(ImportProblem.of(
                    RULE,
                    "tincan.xml",
                    "the root element must be <tincan> (namespace " + NS + "), found <" + root.getTagName() + ">"));
            return new Parsed(new TinCanStructure(List.of()), problems);
        }
        List<Element> lists = children(root, "activities");
        if (lists.isEmpty()) {
            problems.add(ImportProblem.of(RULE, "tincan.xml", "<tincan> has no <activities> element"));
            return new Parsed(new TinCanStructure(List.of()), problems);
        }
        List<TinCanActivity> activities = new ArrayList<>();
        for (Element list : lists) {
            for (Element a : children(list, "activity")) {
                activities.add(activity(a));
            }
        }
        return new Parsed(new TinCanStructure(activities), problems);
    }

    private static TinCanActivity activity(Element a) {
        String id = attribute(a, "id");
        String type = attribute(a, "type");
        List<Element> launches = children(a, "launch");
        String launch =
                launches.isEmpty() ? null : launches.get(0).getTextContent().strip();
        String launchLang = launches.isEmpty() ? null : attribute(launches.get(0), "lang");
        return new TinCanActivity(
                id, type, langString(children(a, "name")), langString(children(a, "description")), launch, launchLang);
    }

    /** Text per lang attribute, first one wins; no lang attribute is kept under the empty tag (as for cmi5). */
    private static LangString langString(List<Element> elements) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Element e : elements) {
            String lang = attribute(e, "lang");
            values.putIfAbsent(lang == null ? "" : lang, e.getTextContent().strip());
        }
        return new LangString(values);
    }

    private static String attribute(Element e, String name) {
        if (!e.hasAttribute(name)) {
            return null;
        }
        String v = e.getAttribute(name).strip();
        return v.isEmpty() && !"id".equals(name) ? null : v;
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && isTinCan(e, localName)) {
                out.add(e);
            }
        }
        return out;
    }

    private static boolean isTinCan(Element e, String localName) {
        String ns = e.getNamespaceURI();
        return localName.equals(e.getLocalName()) && (ns == null || NS.equals(ns));
    }
}
