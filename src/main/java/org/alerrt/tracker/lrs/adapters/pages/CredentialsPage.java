package org.alerrt.tracker.lrs.adapters.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.alerrt.tracker.lrs.application.LrsCredentialService;
import org.alerrt.tracker.lrs.domain.LrsCredential;
import org.alerrt.tracker.lrs.domain.security.XapiScope;
import org.alerrt.tracker.platform.web.pages.Pages;

/**
 * {@code /admin/credentials}: LRS credentials for xAPI clients. A new secret is shown once, on the response to the
 * create action (the bean is request-scoped, so it is gone on the next request); only its hash is stored.
 */
@Named
@RequestScoped
public class CredentialsPage {

    @Inject
    LrsCredentialService credentials;

    private String name;
    private String key;
    private List<String> scopes = new ArrayList<>(
            XapiScope.DEFAULT.stream().map(XapiScope::value).sorted().toList());
    private LrsCredentialService.Created issued;
    private List<LrsCredential> list;

    public List<LrsCredential> getCredentials() {
        if (list == null) {
            list = credentials.list();
        }
        return list;
    }

    public List<String> getAllScopes() {
        return Arrays.stream(XapiScope.values()).map(XapiScope::value).toList();
    }

    public String scopesOf(LrsCredential c) {
        return String.join(" ", c.scopes().stream().sorted().toList());
    }

    public void create() {
        try {
            issued = credentials.issueCredential(name == null ? null : name.trim(), scopes, key);
            list = null;
            Pages.info("Credential '" + issued.credential().getApiKey()
                    + "' created. Copy its secret now: it is not shown again.");
            name = null;
            key = null;
        } catch (LrsCredentialService.DuplicateKeyException | IllegalArgumentException e) {
            Pages.error(e.getMessage());
        }
    }

    public void revoke(String apiKey) {
        credentials.revokeCredential(apiKey);
        list = null;
        Pages.info("Credential '" + apiKey + "' revoked: xAPI requests with it are refused from now on.");
    }

    public LrsCredentialService.Created getIssued() {
        return issued;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public List<String> getScopes() {
        return scopes;
    }

    public void setScopes(List<String> scopes) {
        this.scopes = scopes;
    }
}
