package org.policyops.core.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A settings row as the domains keep them, for the loader's markers. */
@Entity
@Table(name = "TEST_MARKER")
public class TestMarker {

    @Id
    @Column(name = "MARKER_NAME", length = 100)
    private String name;

    @Column(name = "MARKER_VALUE", length = 100)
    private String value;

    protected TestMarker() {
    }

    public TestMarker(String name, String value) {
        this.name = name;
        this.value = value;
    }

    public String getValue() {
        return value;
    }
}
