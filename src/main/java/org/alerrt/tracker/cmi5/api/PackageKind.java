package org.alerrt.tracker.cmi5.api;

/** The two course package forms an LMS must import (cmi5 §14): a zip (32- or 64-bit) or a standalone cmi5.xml. */
public enum PackageKind {
    ZIP,
    XML
}
