package org.alerrt.tracker.platform.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.alerrt.tracker.platform.security.Caller;
import org.alerrt.tracker.platform.security.Roles;
import org.junit.jupiter.api.Test;

class HtmlPageTest {

    @Test
    void escapesTheFiveCharactersThatHaveMeaningInTextAndAttributes() {
        assertEquals(
                "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; O&#39;Brien",
                HtmlPage.escape("<script>alert(\"x\")</script> & O'Brien"));
        assertEquals("", HtmlPage.escape(null));
        String plain = "Fire as a Weapon — 8 hours";
        assertSame(plain, HtmlPage.escape(plain), "text without special characters is not copied");
    }

    @Test
    void aVisitorSeesSignInAndNoRoleLinks() {
        String header = HtmlPage.header("/app", Optional.empty());
        assertTrue(header.contains("href=\"/app/login\">Sign in</a>"), header);
        assertTrue(header.contains("href=\"/app/verify\">Verify a certificate</a>"), header);
        assertFalse(header.contains("/admin/"), header);
        assertFalse(header.contains("nav-sign-out"), header);
    }

    @Test
    void anAdminSeesTheAdminLinksAndTheEscapedNameWithSignOut() {
        Caller admin = new Caller("<b>ops</b>", Set.of(Roles.ADMIN), 1);
        String header = HtmlPage.header("", Optional.of(admin));
        assertTrue(header.contains("href=\"/admin/reports\">TCOLE queue</a>"), header);
        assertTrue(header.contains("<span class=\"who\">&lt;b&gt;ops&lt;/b&gt;</span>"), header);
        assertTrue(header.contains("id=\"nav-sign-out\""), header);
        assertFalse(header.contains("nav-my-courses"), header);
        assertFalse(header.contains(">Sign in<"), header);
    }

    @Test
    void aLearnerSeesTheirOwnLinksOnly() {
        String header = HtmlPage.header("", Optional.of(new Caller("officer", Set.of(Roles.LEARNER), 7)));
        assertTrue(header.contains("id=\"nav-my-courses\" href=\"/learner/courses\""), header);
        assertFalse(header.contains("/admin/"), header);
    }

    @Test
    void theDocumentEscapesItsTitleAndWrapsTheContentInTheFrame() {
        String page = HtmlPage.document("", Optional.empty(), "A & B", "<p id=\"x\">body</p>");
        assertTrue(page.startsWith("<!DOCTYPE html>"), page);
        assertTrue(page.contains("<title>A &amp; B · ALERRT Tracker</title>"), page);
        assertTrue(page.contains("<main><p id=\"x\">body</p></main>" + HtmlPage.FOOTER), page);
        assertTrue(page.contains("href=\"/resources/css/app.css\""), page);
    }
}
