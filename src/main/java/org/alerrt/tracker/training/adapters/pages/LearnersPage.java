package org.alerrt.tracker.training.adapters.pages;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alerrt.tracker.lrs.api.ActorIdentity;
import org.alerrt.tracker.platform.errors.Refusal;
import org.alerrt.tracker.platform.web.pages.Pages;
import org.alerrt.tracker.training.api.Level1Status;
import org.alerrt.tracker.training.application.CompletionService;
import org.alerrt.tracker.training.application.LearnerActors;
import org.alerrt.tracker.training.application.LearnerLogin;
import org.alerrt.tracker.training.application.LearnerService;
import org.alerrt.tracker.training.application.TrainingSettings;
import org.alerrt.tracker.training.domain.InvalidValueException;
import org.alerrt.tracker.training.domain.Learner;
import org.alerrt.tracker.training.domain.LearnerDetails;
import org.alerrt.tracker.training.domain.Pid;

/**
 * {@code /admin/learners}: search (with each learner's Level 1 status today), and a form to create or change a
 * learner with an optional sign-in. View scoped, so an Edit button acts on the row the admin saw even if the list
 * changed meanwhile.
 */
@Named
@ViewScoped
public class LearnersPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "learner";
    static final int PAGE = 200;

    @Inject
    LearnerService learners;

    @Inject
    TrainingSettings settings;

    @Inject
    CompletionService completions;

    private String query;
    private transient List<Learner> results;
    private transient Map<Long, Level1Status> level1;

    private boolean editing;
    private Long learnerId;
    private String currentActor;
    private String currentUsername;
    private String firstName;
    private String lastName;
    private String pid;
    private String agency;
    private String email;
    private String accountHomePage;
    private String accountName;
    private String username;
    private String password;

    public List<Learner> getResults() {
        if (results == null) {
            results = learners.search(query, 0, PAGE);
            level1 = null;
        }
        return results;
    }

    /** Today's Level 1 status of a learner in the list (all of the list's from one query). */
    public Level1Status level1(long learnerId) {
        if (level1 == null || !level1.containsKey(learnerId)) {
            level1 = completions.level1Today(
                    getResults().stream().map(Learner::id).toList());
        }
        return level1.get(learnerId);
    }

    public boolean isMore() {
        return getResults().size() == PAGE;
    }

    public LocalDate getLevel1Deadline() {
        return settings.level1().deadline();
    }

    public void search() {
        results = null;
    }

    /** After an import or a save the list must show the new state. */
    void refresh() {
        results = null;
    }

    public void add() {
        clear();
        editing = true;
    }

    public void edit(long id) {
        Optional<Learner> found = learners.get(id);
        if (found.isEmpty()) {
            Pages.error(null, null, "Learner " + id + " does not exist any more.");
            return;
        }
        clear();
        Learner l = found.get();
        editing = true;
        learnerId = l.id();
        firstName = l.firstName();
        lastName = l.lastName();
        pid = l.pid().map(Pid::value).orElse(null);
        agency = l.agency();
        currentActor = l.actor().value();
        currentUsername = learners.username(l.id()).orElse(null);
        username = currentUsername;
    }

    public void save() {
        try {
            LearnerDetails details =
                    new LearnerDetails(firstName, lastName, Pid.optional(pid, settings.pidPattern()), agency);
            ActorIdentity actor = actor();
            if (actor == null && learnerId == null) {
                Pages.error(
                        FORM,
                        "email",
                        "email: enter the learner's e-mail address (as the LMS sends it) "
                                + "or an account home page and name.");
                return;
            }
            Optional<LearnerLogin> login = login();
            Learner saved = learnerId == null
                    ? learners.create(details, actor, login)
                    : learners.update(learnerId, details, actor, login);
            Pages.info("Saved learner " + saved.firstName() + " " + saved.lastName() + " (id " + saved.id() + ")"
                    + (saved.pidMissing() ? ", PID still missing." : "."));
            clear();
            results = null;
        } catch (InvalidValueException e) {
            Pages.error(FORM, e.field(), e.getMessage());
        } catch (Refusal e) {
            Pages.error(FORM, e);
        }
    }

    public void cancel() {
        clear();
    }

    /** An e-mail or an account identifies the learner in xAPI statements; both blank keeps the current one. */
    private ActorIdentity actor() {
        if (email != null && !email.isBlank()) {
            return LearnerActors.fromEmail(email, "email");
        }
        if ((accountHomePage != null && !accountHomePage.isBlank())
                || (accountName != null && !accountName.isBlank())) {
            return LearnerActors.fromAccount(accountHomePage, accountName, "accountHomePage", "accountName");
        }
        return null;
    }

    /** A blank password leaves the sign-in as it is; a new or renamed sign-in needs one. */
    private Optional<LearnerLogin> login() {
        boolean noUsername = username == null || username.isBlank();
        boolean noPassword = password == null || password.isEmpty();
        if (noPassword) {
            if (noUsername || username.strip().equals(currentUsername)) {
                return Optional.empty();
            }
            throw new InvalidValueException(
                    "password",
                    "enter a password (at least " + LearnerLogin.MIN_PASSWORD + " characters) for the sign-in "
                            + username.strip());
        }
        return Optional.of(new LearnerLogin(username, password));
    }

    private void clear() {
        editing = false;
        learnerId = null;
        currentActor = null;
        currentUsername = null;
        firstName = null;
        lastName = null;
        pid = null;
        agency = null;
        email = null;
        accountHomePage = null;
        accountName = null;
        username = null;
        password = null;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public boolean isEditing() {
        return editing;
    }

    public Long getLearnerId() {
        return learnerId;
    }

    public String getCurrentActor() {
        return currentActor;
    }

    public String getCurrentUsername() {
        return currentUsername;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getPid() {
        return pid;
    }

    public void setPid(String pid) {
        this.pid = pid;
    }

    public String getAgency() {
        return agency;
    }

    public void setAgency(String agency) {
        this.agency = agency;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getAccountHomePage() {
        return accountHomePage;
    }

    public void setAccountHomePage(String accountHomePage) {
        this.accountHomePage = accountHomePage;
    }

    public String getAccountName() {
        return accountName;
    }

    public void setAccountName(String accountName) {
        this.accountName = accountName;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
