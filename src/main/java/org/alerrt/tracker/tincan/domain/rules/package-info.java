/** One rule per class on an imported tincan.xml: ids are IRIs, one launchable activity, lengths fit their columns. */
package org.alerrt.tracker.tincan.domain.rules;
