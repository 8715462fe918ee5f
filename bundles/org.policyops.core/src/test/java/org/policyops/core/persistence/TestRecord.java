package org.policyops.core.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** Data a loader writes. */
@Entity
@Table(name = "TEST_RECORD")
public class TestRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "NAME", length = 100)
    private String name;

    protected TestRecord() {
    }

    public TestRecord(String name) {
        this.name = name;
    }
}
