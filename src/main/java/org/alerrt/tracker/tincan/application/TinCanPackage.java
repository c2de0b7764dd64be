package org.alerrt.tracker.tincan.application;

import java.util.List;
import org.alerrt.tracker.cmi5.api.ImportProblem;
import org.alerrt.tracker.cmi5.api.PackageFiles;
import org.alerrt.tracker.tincan.domain.TinCanStructure;

/**
 * A Tin Can package as read: the activities of its tincan.xml (null when it could not be read at all), its files,
 * and every problem found (empty when the package is valid).
 */
public record TinCanPackage(TinCanStructure structure, PackageFiles files, List<ImportProblem> problems) {

    public TinCanPackage {
        problems = List.copyOf(problems);
    }
}
