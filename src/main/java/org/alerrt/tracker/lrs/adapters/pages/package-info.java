/** Faces pages of the LRS for administrators: LRS credentials (issue, list, revoke). They delegate to application services. */
package org.alerrt.tracker.lrs.adapters.pages;
