package org.alerrt.tracker.platform.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.alerrt.tracker.platform.security.CurrentCaller;

/** The shared frame of {@link HtmlPage} for Faces pages: {@code #{chrome.header}} and {@code #{chrome.footer}}. */
@Named("chrome")
@RequestScoped
public class PageChrome {

    @Inject
    HttpServletRequest request;

    public String getHeader() {
        return HtmlPage.header(request.getContextPath(), CurrentCaller.of(request));
    }

    public String getFooter() {
        return HtmlPage.FOOTER;
    }
}
