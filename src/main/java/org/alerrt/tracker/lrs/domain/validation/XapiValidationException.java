package org.alerrt.tracker.lrs.domain.validation;

import org.alerrt.tracker.platform.errors.Refusal;

/** A statement or parameter that breaks an xAPI rule: 400, naming the property at fault and the rule it breaks. */
public class XapiValidationException extends Refusal {

    public XapiValidationException(String property, String rule) {
        super(Kind.INVALID, property, property + ": " + rule, rule);
    }
}
