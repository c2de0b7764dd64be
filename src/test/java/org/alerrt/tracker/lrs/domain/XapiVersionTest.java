package org.alerrt.tracker.lrs.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.alerrt.tracker.lrs.api.XapiVersion;
import org.junit.jupiter.api.Test;

/** The setting tracker.xapi.default-version: one of the two versions answered, anything else stops the start. */
class XapiVersionTest {

    @Test
    void defaultVersionSettingIsExactly103Or200() {
        assertEquals(XapiVersion.V1_0_3, XapiVersion.ofSetting("1.0.3"));
        assertEquals(XapiVersion.V2_0_0, XapiVersion.ofSetting(" 2.0.0 "));
        for (String bad : new String[] {null, "", "1.0", "2.0", "1.0.0", "2.0.1", "3.0.0", "latest"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> XapiVersion.ofSetting(bad));
            assertTrue(e.getMessage().contains("tracker.xapi.default-version"), e.getMessage());
        }
    }
}
