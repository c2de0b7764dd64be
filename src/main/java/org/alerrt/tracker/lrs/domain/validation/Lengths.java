package org.alerrt.tracker.lrs.domain.validation;

/**
 * The longest values the LRS keeps in columns of fixed length (V2, V6, V7, V8). xAPI sets no length limits, the
 * database does: a longer value is a 400 naming it, checked with the other rules before anything is written, never a
 * failed insert (500). Lengths are counted as {@link String#length()} (UTF-16 code units), as H2 counts them;
 * PostgreSQL counts code points, never more, so a value within these limits fits either database.
 */
public final class Lengths {

    /**
     * {@code xapi_statement.actor_ifi}, {@code object_agent_ifi}, {@code xapi_statement_agent.agent_ifi}: an Agent or
     * Group identifier as kept ({@code ActorIdentity}), e.g. {@code mbox:<mbox>}, {@code account:<homePage> <name>}.
     */
    public static final int IDENTIFIER = 600;
    /** {@code xapi_statement.verb_iri}. */
    public static final int VERB_ID = 1000;
    /** {@code xapi_statement.activity_iri}, {@code xapi_statement_activity.activity_iri}, {@code xapi_activity}. */
    public static final int ACTIVITY_ID = 2000;
    /** {@code xapi_document.activity_iri}, {@code agent_ifi}, {@code document_id}. */
    public static final int DOCUMENT_VALUE = 4000;
    /** {@code xapi_document.content_type}, {@code xapi_attachment_content.content_type}. */
    public static final int CONTENT_TYPE = 255;
    /**
     * Verb and activity ids are also index keys, and a PostgreSQL B-tree entry holds at most 2704 bytes: 2600 bytes
     * of UTF-8 leave room for the other columns of the entry. Reached only with characters beyond ASCII.
     */
    public static final int INDEXED_UTF8_BYTES = 2600;

    private static final String MBOX_PREFIX = "mbox:";
    private static final String OPENID_PREFIX = "openid:";
    /** "account:" before the homePage and " " between it and the name. */
    private static final int ACCOUNT_OVERHEAD = "account:".length() + 1;

    private Lengths() {}

    /** 400 naming {@code property} when {@code value} is longer than {@code max}. */
    public static String atMost(String value, int max, String property) {
        if (value.length() > max) {
            throw tooLong(property, max);
        }
        return value;
    }

    /** As {@link #atMost(String, int, String)} for member {@code key}; the path is built on failure only. */
    static String atMost(String value, int max, String parent, String key) {
        if (value.length() > max) {
            throw tooLong(parent + "." + key, max);
        }
        return value;
    }

    /** A verb or activity id: at most {@code max} characters and {@link #INDEXED_UTF8_BYTES} bytes of UTF-8. */
    public static String indexed(String value, int max, String property) {
        atMost(value, max, property);
        if (value.length() * 3 > INDEXED_UTF8_BYTES && utf8Bytes(value) > INDEXED_UTF8_BYTES) {
            throw new XapiValidationException(
                    property,
                    "must not be longer than " + INDEXED_UTF8_BYTES + " bytes in UTF-8 (an index key of this LRS)");
        }
        return value;
    }

    /** As {@link #indexed(String, int, String)} for member {@code key}; the path is built on failure only. */
    static String indexed(String value, int max, String parent, String key) {
        if (value.length() <= Math.min(max, INDEXED_UTF8_BYTES / 3)) {
            return value; // the usual case: short enough whatever its characters
        }
        return indexed(value, max, parent + "." + key);
    }

    /**
     * Whether the LRS can store {@code id} as an activity id (the rule of {@link #indexed} with {@link #ACTIVITY_ID}):
     * for ids another context turns into activity ids of the statements it writes (cmi5 course, block and AU ids).
     */
    public static boolean isStorableActivityId(String id) {
        return id.length() <= ACTIVITY_ID
                && (id.length() * 3 <= INDEXED_UTF8_BYTES || utf8Bytes(id) <= INDEXED_UTF8_BYTES);
    }

    static void mbox(String mbox, String parent) {
        if (mbox.length() > IDENTIFIER - MBOX_PREFIX.length()) {
            throw tooLong(parent + ".mbox", IDENTIFIER - MBOX_PREFIX.length());
        }
    }

    static void openid(String openid, String parent) {
        if (openid.length() > IDENTIFIER - OPENID_PREFIX.length()) {
            throw tooLong(parent + ".openid", IDENTIFIER - OPENID_PREFIX.length());
        }
    }

    /** The homePage and name share one column: the name gets what the homePage leaves. */
    static void account(String homePage, String name, String accountPath) {
        int room = IDENTIFIER - ACCOUNT_OVERHEAD;
        if (homePage.length() + name.length() <= room) {
            return;
        }
        if (homePage.length() > room) {
            throw tooLong(accountPath + ".homePage", room);
        }
        throw new XapiValidationException(
                accountPath + ".name",
                "must not be longer than "
                        + (room - homePage.length())
                        + " characters with this homePage (homePage and name together: at most "
                        + room + ")");
    }

    private static XapiValidationException tooLong(String property, int max) {
        return new XapiValidationException(property, "must not be longer than " + max + " characters");
    }

    private static int utf8Bytes(String s) {
        int bytes = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            // a surrogate pair is 4 bytes: 2 for each half
            bytes += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
        }
        return bytes;
    }
}
