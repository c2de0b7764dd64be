/**
 * Attachments (xAPI Data §2.4.11, Communication §1.5.2) and signed statements (Data §2.6): the raw data parts that
 * travel with statements, the rules matching them to Attachment objects by SHA-2, and JWS signature verification.
 * Free of HTTP and SQL: {@link org.alerrt.tracker.lrs.domain.attachments.AttachmentStore} is the port to the stored
 * data.
 */
package org.alerrt.tracker.lrs.domain.attachments;
