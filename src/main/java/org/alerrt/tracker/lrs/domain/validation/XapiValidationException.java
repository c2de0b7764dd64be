package org.alerrt.tracker.lrs.domain.validation;

import org.alerrt.tracker.platform.web.ApiException;

/** A statement or parameter that breaks an xAPI rule: 400, naming the property at fault and the rule it breaks. */
public class XapiValidationException extends ApiException {

    public XapiValidationException(String property, String rule) {
        super(400, property, property + ": " + rule, rule);
    }
}
