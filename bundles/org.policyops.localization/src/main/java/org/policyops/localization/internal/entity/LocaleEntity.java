package org.policyops.localization.internal.entity;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** A BCP 47 locale content can be translated into, with its English name. */
@Entity
@Table(name = "L10N_LOCALE")
public class LocaleEntity {

    @Id
    @Column(name = "TAG", length = 35)
    /** Named id so that paged queries can order by it last. */
    private String id;

    @Column(name = "NAME", length = 200, nullable = false)
    private String name;

    @Version
    @Column(name = "ROW_VERSION", nullable = false)
    private long version;

    protected LocaleEntity() {
        // for JPA
    }

    public LocaleEntity(String tag, String name) {
        this.id = tag;
        this.name = name;
    }

    public void rename(String name) {
        this.name = name;
    }

    public String getTag() {
        return id;
    }

    public String getName() {
        return name;
    }

    public long getVersion() {
        return version;
    }
}
