package org.alerrt.tracker.lrs.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import org.alerrt.tracker.lrs.domain.SigningKeyStore;
import org.alerrt.tracker.lrs.domain.TokenSigner;

/**
 * The signers of what the LRS hands out and must get back unchanged. Keys live in the database, made by the first
 * instance that needs one and shared by all; each instance reads a key once and keeps it.
 */
@ApplicationScoped
public class TokenSigners {

    /** The "more" links of GET /statements (Communication §2.1.3). */
    static final String PAGING = "xapi-more";

    @Inject
    SigningKeyStore keys;

    private volatile TokenSigner paging;

    public TokenSigner paging() {
        TokenSigner signer = paging;
        if (signer == null) {
            synchronized (this) {
                if (paging == null) {
                    byte[] candidate = new byte[TokenSigner.KEY_BYTES];
                    new SecureRandom().nextBytes(candidate);
                    paging = new TokenSigner(keys.keyFor(PAGING, candidate));
                }
                signer = paging;
            }
        }
        return signer;
    }
}
