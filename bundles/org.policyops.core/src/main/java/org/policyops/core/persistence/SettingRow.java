package org.policyops.core.persistence;

import javax.persistence.Column;
import javax.persistence.Id;
import javax.persistence.MappedSuperclass;

/**
 * The shape of a domain's settings table: a name and a value, kept in the database rather than in a file so that
 * every node of a cluster agrees (the once-per-database markers of {@link OnceLoader}, a row to lock). Each domain
 * maps it to a table of its own with {@code @Entity @Table} on a subclass, and overrides the columns where an
 * existing table names them differently.
 */
@MappedSuperclass
public abstract class SettingRow {

    @Id
    @Column(name = "SETTING_NAME", length = 100)
    private String name;

    @Column(name = "SETTING_VALUE", length = 4000)
    private String value;

    protected SettingRow() {
        // for JPA
    }

    protected SettingRow(String name, String value) {
        this.name = name;
        this.value = value;
    }

    public String getName() {
        return name;
    }

    public String getValue() {
        return value;
    }
}
