package org.alerrt.tracker.platform.web.pages;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.alerrt.tracker.platform.errors.Refusal;

/**
 * Turns what services refuse into messages on the page: the message names the field and is attached to the
 * field's component ({@code form:field}), so the user sees what to fix instead of an error page.
 */
public final class Pages {

    private Pages() {}

    public static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    /** A message about the whole page. */
    public static void error(String text) {
        error(null, null, text);
    }

    /** @param field a service's field name such as {@code title} or {@code activityIris[2]}; null for the page */
    public static void error(String formId, String field, String text) {
        String clientId = field == null || formId == null ? null : formId + ":" + componentId(field);
        FacesContext.getCurrentInstance()
                .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    public static void error(String formId, Refusal e) {
        String text = e.getMessage();
        if (e.property() != null && (text == null || !text.contains(e.property()))) {
            text = e.property() + ": " + text;
        }
        error(formId, e.property(), text);
    }

    /** {@code activityIris[2]} belongs to the component {@code activityIris}. */
    static String componentId(String field) {
        int bracket = field.indexOf('[');
        String base = bracket < 0 ? field : field.substring(0, bracket);
        return base.replaceAll("[^A-Za-z0-9_-]", "_");
    }
}
