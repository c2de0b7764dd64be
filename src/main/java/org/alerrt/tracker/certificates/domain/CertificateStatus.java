package org.alerrt.tracker.certificates.domain;

/** Only a VALID certificate certifies anything; the other states keep the record so that verification can say why. */
public enum CertificateStatus {
    VALID,
    REVOKED,
    SUPERSEDED
}
