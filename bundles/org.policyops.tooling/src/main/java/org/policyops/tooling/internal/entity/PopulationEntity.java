package org.policyops.tooling.internal.entity;

import java.io.Serializable;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;
import javax.persistence.Version;

/** A tool's target population in a region: the number of people meant to use it there. */
@Entity
@Table(name = "TOOLING_POPULATION")
@IdClass(PopulationEntity.Key.class)
public class PopulationEntity {

    /** The composite key: tool and region. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        public String toolKey;
        public String region;

        public Key() {
        }

        public Key(String toolKey, String region) {
            this.toolKey = toolKey;
            this.region = region;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.toolKey.equals(toolKey) && k.region.equals(region);
        }

        @Override
        public int hashCode() {
            return Objects.hash(toolKey, region);
        }
    }

    @Id
    @Column(name = "TOOL_KEY", length = ToolEntity.MAX_KEY)
    private String toolKey;

    @Id
    @Column(name = "REGION_CODE", length = 16)
    private String region;

    @Column(name = "PEOPLE", nullable = false)
    private long people;

    @Version
    @Column(name = "ROW_VERSION", nullable = false)
    private long version;

    protected PopulationEntity() {
        // for JPA
    }

    public PopulationEntity(String toolKey, String region, long people) {
        this.toolKey = toolKey;
        this.region = region;
        this.people = people;
    }

    public void setPeople(long people) {
        this.people = people;
    }

    public String getToolKey() {
        return toolKey;
    }

    public String getRegion() {
        return region;
    }

    public long getPeople() {
        return people;
    }

    public long getVersion() {
        return version;
    }
}
