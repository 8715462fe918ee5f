package org.policyops.core.persistence;

import javax.persistence.Entity;
import javax.persistence.Table;

/** A settings row as the domains keep them, for the loader's markers. */
@Entity
@Table(name = "TEST_MARKER")
public class TestMarker extends SettingRow {

    protected TestMarker() {
    }

    public TestMarker(String name, String value) {
        super(name, value);
    }
}
