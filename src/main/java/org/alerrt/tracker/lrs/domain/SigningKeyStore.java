package org.alerrt.tracker.lrs.domain;

/** Port to the LRS's signing keys, one per purpose, shared by every instance. */
public interface SigningKeyStore {

    /**
     * The key stored for {@code purpose}; when there is none, {@code candidate} is stored and returned, unless another
     * instance stored its own first: then that one. Committed before it is returned, so no token signed with it
     * leaves the server before the key is stored.
     */
    byte[] keyFor(String purpose, byte[] candidate);
}
