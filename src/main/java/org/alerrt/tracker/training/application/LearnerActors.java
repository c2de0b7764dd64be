package org.alerrt.tracker.training.application;

import java.util.regex.Pattern;
import org.alerrt.tracker.lrs.api.ActorIdentity;
import org.alerrt.tracker.training.domain.InvalidValueException;

/**
 * Builds the actor IFI (the same string form the LRS uses, {@link ActorIdentity}) from what a spreadsheet holds:
 * an e-mail address or an account home page and name (xAPI Data §2.4.2.3).
 */
public final class LearnerActors {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s,;:<>]+@[^@\\s,;:<>]+\\.[^@\\s,;:<>]+$");

    private LearnerActors() {}

    public static ActorIdentity fromEmail(String email, String field) {
        String e = email == null ? "" : email.strip();
        if (e.regionMatches(true, 0, "mailto:", 0, 7)) {
            e = e.substring(7);
        }
        if (!EMAIL.matcher(e).matches()) {
            throw new InvalidValueException(field, "'" + e + "' is not an e-mail address");
        }
        return new ActorIdentity("mbox:mailto:" + e);
    }

    public static ActorIdentity fromAccount(String homePage, String name, String homePageField, String nameField) {
        String h = homePage == null ? "" : homePage.strip();
        String n = name == null ? "" : name.strip();
        if (!h.matches("^[A-Za-z][A-Za-z0-9+.-]*:\\S+$")) {
            throw new InvalidValueException(homePageField, "must be an absolute IRI, got '" + h + "'");
        }
        if (n.isEmpty()) {
            throw new InvalidValueException(nameField, "must not be blank");
        }
        return new ActorIdentity("account:" + h + " " + n);
    }
}
