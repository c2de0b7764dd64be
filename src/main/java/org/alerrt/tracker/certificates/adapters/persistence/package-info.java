/**
 * JDBC implementation of the certificate repository; every statement is in {@code CertificateSql}.
 */
package org.alerrt.tracker.certificates.adapters.persistence;
