package org.alerrt.tracker.lrs.domain.validation;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** Formats xAPI requires values to follow (Data §2.2.s4.b1.b4, §4.5 ISO 8601, RFC 5646, RFC 3987). */
public final class Formats {

    /** RFC 5646 Language-Tag: token lengths as §2.2.s4.b2 requires. */
    private static final Pattern LANGUAGE_TAG = Pattern.compile(
            "^(?:(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{4,8})(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?"
                    + "(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*(?:-[0-9A-WY-Za-wy-z](?:-[A-Za-z0-9]{2,8})+)*"
                    + "(?:-[xX](?:-[A-Za-z0-9]{1,8})+)?|[xX](?:-[A-Za-z0-9]{1,8})+|i-[A-Za-z]{2,8})$");

    /** Language tags repeat across statements ("en-US"); remembering the regex's answer saves most of its cost. */
    static final int LANGUAGE_TAG_CACHE_SIZE = 4096;
    /** Longer strings are checked but not remembered, so odd input cannot fill the cache with big keys. */
    static final int LANGUAGE_TAG_CACHE_MAX_LENGTH = 64;

    private static final ConcurrentHashMap<String, Boolean> LANGUAGE_TAGS = new ConcurrentHashMap<>();

    private Formats() {}

    /**
     * {@code 8-4-4-4-12} hex digits, as a loop (a regex was a measurable share of write-path CPU); {@code
     * FormatsByRegex} in the tests keeps the regular expression it replaced, as the oracle.
     */
    public static boolean isUuid(String s) {
        if (s.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = s.charAt(i);
            if (i == 8 || i == 13 || i == 18 || i == 23) {
                if (c != '-') {
                    return false;
                }
            } else if (!isHex(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Java's {@code \s}: space, tab, newline, vertical tab, form feed, carriage return. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * Best-effort IRI check allowed by §2.2.s4.b6: a scheme, then no whitespace or characters illegal in IRIs. A loop:
     * the regex was a top CPU cost on the statement write path (several IRIs per statement); {@code FormatsByRegex}
     * in the tests keeps the regular expression it replaced, as the oracle.
     */
    public static boolean isIri(String s) {
        int n = s.length();
        if (n < 3 || !isAsciiLetter(s.charAt(0))) {
            return false;
        }
        int i = 1;
        while (i < n && s.charAt(i) != ':') {
            char c = s.charAt(i);
            if (!(isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '+' || c == '.' || c == '-')) {
                return false;
            }
            i++;
        }
        if (i >= n - 1) {
            return false; // no ':' or nothing after it
        }
        for (i++; i < n; i++) {
            switch (s.charAt(i)) {
                case ' ', '\t', '\n', '\u000B', '\f', '\r', '<', '>', '"', '{', '}', '|', '\\', '^', '`' -> {
                    return false;
                }
                default -> {}
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    /**
     * "mailto:", then exactly one '@' with text on both sides and no whitespace, as a loop; {@code FormatsByRegex} in
     * the tests keeps the regular expression it replaced, as the oracle.
     */
    public static boolean isMailto(String s) {
        int n = s.length();
        if (!s.startsWith("mailto:")) {
            return false;
        }
        int at = -1;
        for (int i = 7; i < n; i++) {
            char c = s.charAt(i);
            if (c == '@') {
                if (at >= 0) {
                    return false;
                }
                at = i;
            } else if (isRegexSpace(c)) {
                return false;
            }
        }
        return at > 7 && at < n - 1;
    }

    /** 40 hex digits, as a loop; {@code FormatsByRegex} in the tests keeps the regex it replaced, as the oracle. */
    public static boolean isSha1(String s) {
        if (s.length() != 40) {
            return false;
        }
        for (int i = 0; i < 40; i++) {
            if (!isHex(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** {@link #LANGUAGE_TAG} stays the definition; answers for short strings are remembered in a bounded map. */
    public static boolean isLanguageTag(String s) {
        if (s.length() > LANGUAGE_TAG_CACHE_MAX_LENGTH) {
            return isLanguageTagByRegex(s);
        }
        Boolean known = LANGUAGE_TAGS.get(s);
        if (known != null) {
            return known;
        }
        boolean answer = isLanguageTagByRegex(s);
        if (LANGUAGE_TAGS.size() >= LANGUAGE_TAG_CACHE_SIZE) {
            LANGUAGE_TAGS.clear(); // crude but bounded: real traffic refills the few common tags at once
        }
        LANGUAGE_TAGS.put(s, answer);
        return answer;
    }

    static boolean isLanguageTagByRegex(String s) {
        return LANGUAGE_TAG.matcher(s).matches();
    }

    static int languageTagCacheSize() {
        return LANGUAGE_TAGS.size();
    }

    /**
     * ISO 8601 duration as §4.6 allows it (PnYnMnDTnHnMnS with optional fractions, or PnW), as one pass: components
     * {@code n[.n]} with designators in order (Y, M, D, then after T: H, M, S), at least one component overall and
     * after T; or {@code PnW}. {@code FormatsByRegex} in the tests keeps the regular expression it replaced, as the
     * oracle.
     */
    public static boolean isDuration(String s) {
        int n = s.length();
        if (n < 3 || s.charAt(0) != 'P') {
            return false;
        }
        if (s.charAt(n - 1) == 'W') {
            for (int i = 1; i < n - 1; i++) {
                if (!isDigit(s.charAt(i))) {
                    return false;
                }
            }
            return true;
        }
        String designators = "YMD";
        int next = 0; // designators before this index were used or skipped
        boolean time = false;
        int i = 1;
        while (i < n) {
            if (s.charAt(i) == 'T') {
                if (time || ++i == n) {
                    return false;
                }
                time = true;
                designators = "HMS";
                next = 0;
                continue;
            }
            int start = i;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
            if (i == start) {
                return false;
            }
            if (i < n && s.charAt(i) == '.') {
                int fraction = ++i;
                while (i < n && isDigit(s.charAt(i))) {
                    i++;
                }
                if (i == fraction) {
                    return false;
                }
            }
            int k = i < n ? designators.indexOf(s.charAt(i), next) : -1;
            if (k < 0) {
                return false;
            }
            next = k + 1;
            i++;
        }
        return true;
    }

    /**
     * One pass over {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}][Z|z|±hh:mm|±hhmm]}, then the strict ISO field checks (what an
     * RFC 3339 regex plus {@code ISO_OFFSET_DATE_TIME} decided before; {@code FormatsByRegex} in the tests keeps that
     * implementation as the oracle).
     * A missing zone is UTC (§4.5); "-00:00" / "-0000" are rejected (§4.5).
     *
     * @return the instant, or null when the string is not an xAPI timestamp
     */
    public static OffsetDateTime parseTimestamp(String s) {
        int n = s.length();
        if (n < 19
                || s.charAt(4) != '-'
                || s.charAt(7) != '-'
                || s.charAt(10) != 'T'
                || s.charAt(13) != ':'
                || s.charAt(16) != ':') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        int i = 19;
        int nano = 0;
        if (i < n && s.charAt(i) == '.') {
            int start = ++i;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
            int count = i - start;
            if (count == 0 || count > 9) {
                return null; // ISO_OFFSET_DATE_TIME reads at most nine fraction digits
            }
            nano = digits(s, start, count);
            for (int k = count; k < 9; k++) {
                nano *= 10;
            }
        }
        ZoneOffset offset;
        if (i == n) {
            offset = ZoneOffset.UTC;
        } else {
            char c = s.charAt(i);
            int rest = n - i - 1;
            if ((c == 'Z' || c == 'z') && rest == 0) {
                offset = ZoneOffset.UTC;
            } else if (c == '+' || c == '-') {
                int mm;
                if (rest == 5 && s.charAt(i + 3) == ':') {
                    mm = digits(s, i + 4, 2);
                } else if (rest == 4) {
                    mm = digits(s, i + 3, 2);
                } else {
                    return null;
                }
                int hh = digits(s, i + 1, 2);
                if ((hh | mm) < 0 || (c == '-' && hh == 0 && mm == 0)) {
                    return null;
                }
                try {
                    offset = c == '-' ? ZoneOffset.ofHoursMinutes(-hh, -mm) : ZoneOffset.ofHoursMinutes(hh, mm);
                } catch (DateTimeException e) {
                    return null;
                }
            } else {
                return null;
            }
        }
        try {
            return OffsetDateTime.of(year, month, day, hour, minute, second, nano, offset);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** @return the value of {@code count} ASCII digits at {@code from}, or -1 if any is not a digit */
    private static int digits(String s, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
