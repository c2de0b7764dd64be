package org.alerrt.tracker.certificates.adapters.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.alerrt.tracker.certificates.application.CertificateService;
import org.alerrt.tracker.certificates.domain.Certificate;
import org.alerrt.tracker.platform.web.pages.SignedInUser;

/** The signed-in learner's own certificates, for the links on {@code /learner/}. */
@Named
@RequestScoped
public class MyCertificatesPage {

    static final int MAX = 1000;

    @Inject
    CertificateService certificates;

    @Inject
    SignedInUser user;

    private List<Certificate> list;
    private Map<Long, Certificate> byCompletion;

    public List<Certificate> getCertificates() {
        if (list == null) {
            list = certificates.list(user.learnerId(), null, MAX);
        }
        return list;
    }

    /** The certificate of one completion, or null when it has none (failed, or not issued yet). */
    public Certificate of(long completionId) {
        if (byCompletion == null) {
            byCompletion = getCertificates().stream()
                    .collect(Collectors.toMap(c -> c.completion().completionId(), Function.identity(), (a, b) -> a));
        }
        return byCompletion.get(completionId);
    }

    /** {@link #of} as a list of zero or one, for {@code ui:repeat} to name it. */
    public List<Certificate> listOf(long completionId) {
        Certificate c = of(completionId);
        return c == null ? List.of() : List.of(c);
    }
}
