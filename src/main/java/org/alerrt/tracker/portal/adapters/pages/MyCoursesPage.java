package org.alerrt.tracker.portal.adapters.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;
import org.alerrt.tracker.platform.errors.Refusal;
import org.alerrt.tracker.platform.web.pages.Pages;
import org.alerrt.tracker.platform.web.pages.SignedInUser;
import org.alerrt.tracker.portal.application.LearnerPortalService;
import org.alerrt.tracker.portal.application.PortalCourse;

/**
 * {@code /learner/courses}: the signed-in learner's cmi5 courses. Start and Launch are form posts (a launch starts a
 * session, may abandon one and writes statements); the registration comes from the learner's own course list
 * and the service checks it again, so a crafted post cannot reach another learner's registration.
 */
@Named
@RequestScoped
public class MyCoursesPage {

    @Inject
    LearnerPortalService portal;

    @Inject
    SignedInUser user;

    private List<PortalCourse> courses;

    public List<PortalCourse> getCourses() {
        if (courses == null) {
            courses = portal.courses(user.learnerId());
        }
        return courses;
    }

    /** Starts the course (or keeps the learner's registration) and shows the page again. */
    public void start(long courseId) throws IOException {
        try {
            portal.start(user.learnerId(), courseId);
        } catch (Refusal e) {
            Pages.error(null, e);
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + LearnerPortalService.PORTAL_PATH + "#course-" + courseId);
        FacesContext.getCurrentInstance().responseComplete();
    }

    /**
     * Launches the AU and sends the browser to it. OwnWindow AUs post from a form with {@code target="_blank"},
     * so this redirect happens in the new window (§13.1.4); AnyWindow AUs replace the portal page.
     */
    public void launch(String registration, String auId, String mode) throws IOException {
        go(() -> portal.launch(user.learnerId(), registration, auId, mode));
    }

    /** Launches a Tin Can course; its form posts into a new window, where this redirect happens. */
    public void launchTinCan(long courseId) throws IOException {
        go(() -> portal.launchTinCan(user.learnerId(), courseId));
    }

    private void go(Supplier<LearnerPortalService.PortalLaunch> launch) throws IOException {
        LearnerPortalService.PortalLaunch launched;
        try {
            launched = launch.get();
        } catch (Refusal e) {
            Pages.error(null, e);
            return;
        }
        FacesContext.getCurrentInstance().getExternalContext().redirect(launched.url());
        FacesContext.getCurrentInstance().responseComplete();
    }
}
