/**
 * The LRS's published API: what other contexts may use of it. Ports it implements ({@code StatementLog} to store
 * statements through the same rules as {@code /xapi}, {@code Documents}, {@code LaunchCredentialIssuer}), policies
 * others implement and it calls in its own transactions ({@code StatementPolicy}, {@code DocumentPolicy},
 * {@code CredentialAdmission}), and the value types they carry (actor identity, xAPI version, document keys and
 * requests, the limits it stores within). Nothing else of the LRS is theirs.
 */
package org.alerrt.tracker.lrs.api;
