package org.alerrt.tracker.cmi5.adapters.packaging;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.alerrt.tracker.cmi5.api.LangString;
import org.alerrt.tracker.cmi5.api.LaunchMethod;
import org.alerrt.tracker.cmi5.api.SecureXml;
import org.alerrt.tracker.cmi5.domain.AssignableUnit;
import org.alerrt.tracker.cmi5.domain.Block;
import org.alerrt.tracker.cmi5.domain.CourseStructure;
import org.alerrt.tracker.cmi5.domain.MoveOn;
import org.alerrt.tracker.cmi5.domain.Objective;
import org.alerrt.tracker.cmi5.domain.StructureNode;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Reads cmi5.xml into a {@link CourseStructure}. Lenient on purpose: the XSD has already reported what is wrong,
 * so a missing element becomes null/empty and an unknown moveOn or launchMethod its default, letting the
 * structure rules still run and report their own problems in the same answer. Leading and trailing whitespace
 * is removed from every value (§13.1). Elements of other namespaces (extensions, §13.1.5) are ignored.
 */
public final class CourseStructureXml {

    private static final String NS = CourseStructureSchema.NAMESPACE;

    private CourseStructureXml() {}

    /** @throws SAXException when the document is not well-formed XML */
    public static CourseStructure parse(byte[] xml) throws SAXException {
        Document doc;
        try {
            var builder = SecureXml.documentBuilderFactory().newDocumentBuilder();
            builder.setErrorHandler(null); // errors are thrown (and already reported by the schema), not printed
            doc = builder.parse(new ByteArrayInputStream(xml));
        } catch (IOException e) {
            throw new SAXException(e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        Element root = doc.getDocumentElement();
        Element course = first(root, "course");
        List<Objective> objectives = new ArrayList<>();
        Element objectivesElement = first(root, "objectives");
        if (objectivesElement != null) {
            for (Element o : children(objectivesElement, "objective")) {
                objectives.add(new Objective(attr(o, "id"), text(first(o, "title")), text(first(o, "description"))));
            }
        }
        return new CourseStructure(
                course == null ? null : attr(course, "id"),
                course == null ? LangString.empty() : text(first(course, "title")),
                course == null ? LangString.empty() : text(first(course, "description")),
                objectives,
                members(root));
    }

    private static List<StructureNode> members(Element parent) {
        List<StructureNode> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && NS.equals(e.getNamespaceURI())) {
                if ("au".equals(e.getLocalName())) {
                    out.add(au(e));
                } else if ("block".equals(e.getLocalName())) {
                    out.add(new Block(
                            attr(e, "id"),
                            text(first(e, "title")),
                            text(first(e, "description")),
                            refs(e),
                            members(e)));
                }
            }
        }
        return out;
    }

    private static AssignableUnit au(Element e) {
        return new AssignableUnit(
                attr(e, "id"),
                text(first(e, "title")),
                text(first(e, "description")),
                refs(e),
                value(first(e, "url")),
                LaunchMethod.fromXml(attr(e, "launchMethod")).orElse(LaunchMethod.DEFAULT),
                MoveOn.fromXml(attr(e, "moveOn")).orElse(MoveOn.DEFAULT),
                decimal(attr(e, "masteryScore")),
                value(first(e, "launchParameters")),
                value(first(e, "entitlementKey")),
                attr(e, "activityType"));
    }

    private static List<String> refs(Element e) {
        List<String> out = new ArrayList<>();
        Element objectives = first(e, "objectives");
        if (objectives != null) {
            for (Element o : children(objectives, "objective")) {
                String ref = attr(o, "idref");
                if (ref != null) {
                    out.add(ref);
                }
            }
        }
        return out;
    }

    private static LangString text(Element e) {
        Map<String, String> values = new LinkedHashMap<>();
        if (e != null) {
            for (Element s : children(e, "langstring")) {
                String lang = s.hasAttribute("lang") ? s.getAttribute("lang").strip() : "";
                values.putIfAbsent(lang, s.getTextContent().strip());
            }
        }
        return new LangString(values);
    }

    private static BigDecimal decimal(String raw) {
        if (raw == null) {
            return null;
        }
        try {
            return new BigDecimal(raw);
        } catch (NumberFormatException e) {
            return null; // reported by the XSD
        }
    }

    /** Text of an optional element, stripped; null when absent. */
    private static String value(Element e) {
        return e == null ? null : e.getTextContent().strip();
    }

    /** An attribute without a namespace, stripped; null when absent. */
    private static String attr(Element e, String name) {
        return e.hasAttributeNS(null, name) ? e.getAttributeNS(null, name).strip() : null;
    }

    private static Element first(Element parent, String name) {
        List<Element> all = children(parent, name);
        return all.isEmpty() ? null : all.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && NS.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }
}
