/** Use cases of upstream LRSs: defining them (admin) and pulling from them on a schedule, with their settings. */
package org.alerrt.tracker.upstream.application;
