package org.alerrt.tracker.platform.web.pages;

import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * A form posted after its view state is gone (session timed out, server restarted, forged state) would be a 500
 * page. Instead: back to the same page by GET, with a message that nothing was saved.
 */
public class ExpiredViewHandlerFactory extends ExceptionHandlerFactory {

    public ExpiredViewHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() throws FacesException {
            Iterator<ExceptionQueuedEvent> events =
                    getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                ViewExpiredException expired = find(events.next().getContext().getException());
                if (expired != null) {
                    events.remove();
                    redirect(expired.getViewId());
                }
            }
            getWrapped().handle();
        }

        private static ViewExpiredException find(Throwable t) {
            for (Throwable c = t; c != null; c = c.getCause()) {
                if (c instanceof ViewExpiredException e) {
                    return e;
                }
            }
            return null;
        }

        private static void redirect(String viewId) {
            FacesContext faces = FacesContext.getCurrentInstance();
            ExternalContext external = faces.getExternalContext();
            String path =
                    viewId == null ? "/" : viewId.replaceFirst("\\.xhtml$", "").replaceFirst("/index$", "/");
            external.getFlash().setKeepMessages(true);
            faces.addMessage(
                    null,
                    new FacesMessage(
                            FacesMessage.SEVERITY_WARN,
                            "The page had expired, so nothing was saved. Please try again.",
                            null));
            try {
                external.redirect(external.getRequestContextPath() + (path.startsWith("/") ? path : "/" + path));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
        }
    }
}
