package org.alerrt.tracker.cmi5.adapters.packaging;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.sax.SAXSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.alerrt.tracker.cmi5.api.ImportProblem;
import org.alerrt.tracker.cmi5.api.SecureXml;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Validates cmi5.xml against the cmi5 CourseStructure.xsd (§14: "The course package MUST conform to ...
 * CourseStructure.xsd"), bundled under {@code cmi5/} (Apache-2.0, see LICENSE-cmi5.txt). The schema imports no
 * other schema; the resolver refuses any other one, and external access is switched off, so validation never
 * reaches the network. Collects every error instead of stopping at the first. Thread-safe (Schema is).
 */
public final class CourseStructureSchema {

    public static final String NAMESPACE = "https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd";
    static final String RULE = "cmi5 §14 (CourseStructure.xsd)";
    private static final String RESOURCE = "/cmi5/CourseStructure.xsd";
    private static final int MAX_REPORTED = 200;

    private final Schema schema;

    public CourseStructureSchema() {
        try {
            SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setResourceResolver(REFUSE_ALL);
            URL xsd = CourseStructureSchema.class.getResource(RESOURCE);
            if (xsd == null) {
                throw new IllegalStateException("Missing " + RESOURCE);
            }
            try (InputStream in = xsd.openStream()) {
                schema = f.newSchema(new StreamSource(in, xsd.toExternalForm()));
            }
        } catch (SAXException | IOException e) {
            throw new IllegalStateException("Cannot load the cmi5 course structure schema", e);
        }
    }

    /** Every schema error, with line and column; an empty list when valid. */
    public List<ImportProblem> validate(byte[] xml) {
        List<ImportProblem> problems = new ArrayList<>();
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // warnings (e.g. lax elements without a schema) do not make a package invalid
            }

            @Override
            public void error(SAXParseException e) {
                if (problems.size() < MAX_REPORTED && !repeatsPrevious(e, problems)) {
                    problems.add(problem(e));
                }
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXParseException {
                // the document is not well-formed: that is the one thing to fix, earlier errors are noise
                problems.clear();
                problems.add(problem(e));
                throw e;
            }
        };
        try {
            XMLReader reader = SecureXml.saxParserFactory().newSAXParser().getXMLReader();
            Validator validator = schema.newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setResourceResolver(REFUSE_ALL);
            validator.setErrorHandler(collect);
            validator.validate(new SAXSource(reader, new InputSource(new ByteArrayInputStream(xml))));
        } catch (SAXParseException e) {
            if (problems.isEmpty()) {
                problems.add(problem(e));
            }
        } catch (SAXException e) {
            problems.add(ImportProblem.of("XML 1.0", "cmi5.xml", "not a readable XML document: " + e.getMessage()));
        } catch (IOException e) {
            problems.add(ImportProblem.of("XML 1.0", "cmi5.xml", "cannot read the XML: " + e.getMessage()));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        return problems;
    }

    /**
     * Xerces reports an invalid attribute value twice (the facet, then "cvc-attribute.3" / "cvc-type.3.1.3" for
     * the same place): keep the first, which says what is allowed.
     */
    private static boolean repeatsPrevious(SAXParseException e, List<ImportProblem> problems) {
        String m = e.getMessage();
        return m != null
                && (m.startsWith("cvc-attribute.3") || m.startsWith("cvc-type.3.1.3"))
                && !problems.isEmpty()
                && problems.get(problems.size() - 1).location().equals(location(e));
    }

    private static String location(SAXParseException e) {
        return "cmi5.xml line " + e.getLineNumber() + ", column " + e.getColumnNumber();
    }

    private static ImportProblem problem(SAXParseException e) {
        return ImportProblem.of(RULE, location(e), e.getMessage());
    }

    /** No schema but the bundled one is ever loaded: a lax extension element stays unvalidated (§13.1.5). */
    private static final LSResourceResolver REFUSE_ALL =
            (type, namespace, publicId, systemId, baseUri) -> new RefusedInput(systemId, publicId, baseUri);

    /** An empty input: resolving to nothing makes the parser fail locally instead of fetching the URL. */
    private record RefusedInput(String getSystemId, String getPublicId, String getBaseURI) implements LSInput {
        @Override
        public Reader getCharacterStream() {
            return new StringReader("");
        }

        @Override
        public void setCharacterStream(Reader r) {}

        @Override
        public InputStream getByteStream() {
            return null;
        }

        @Override
        public void setByteStream(InputStream s) {}

        @Override
        public String getStringData() {
            return null;
        }

        @Override
        public void setStringData(String s) {}

        @Override
        public void setSystemId(String s) {}

        @Override
        public void setPublicId(String s) {}

        @Override
        public void setBaseURI(String s) {}

        @Override
        public String getEncoding() {
            return null;
        }

        @Override
        public void setEncoding(String s) {}

        @Override
        public boolean getCertifiedText() {
            return false;
        }

        @Override
        public void setCertifiedText(boolean b) {}
    }
}
