package org.alerrt.tracker.platform.web.pages;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.alerrt.tracker.platform.cluster.SignedOutSessions;

/**
 * Ends the page session. Only a POST signs out (the sign-out button of every page, checked for its origin by
 * CrossSiteRequestFilter): a GET is what any other site's image or link can make the browser send, so it only
 * leads to the page with the button. In a cluster the sign-out is also recorded in the data grid
 * ({@link SignedOutSessions}), so that no other instance's copy of the session stays signed in.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

    @Inject
    SignedOutSessions signedOutSessions;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        request.logout();
        var session = request.getSession(false);
        if (session != null) {
            signedOutSessions.signedOut(session.getId(), Duration.ofSeconds(session.getMaxInactiveInterval()));
            session.invalidate();
        }
        seeOther(response, request.getContextPath() + "/");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        seeOther(response, request.getContextPath() + "/signout");
    }

    private static void seeOther(HttpServletResponse response, String location) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", location);
    }
}
