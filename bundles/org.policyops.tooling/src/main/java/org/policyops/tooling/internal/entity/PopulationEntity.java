package org.policyops.tooling.internal.entity;

import java.io.Serializable;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;
import javax.persistence.Version;

/**
 * A tool's target population in a region: the people meant to use it there, as the learners of a role (counted by the
 * training feature when it is installed) or a number, or both (the number standing in without training).
 */
@Entity
@Table(name = "TOOLING_POPULATION")
@IdClass(PopulationEntity.Key.class)
public class PopulationEntity {

    public static final int MAX_ROLE = 64;

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

    /** The role whose learners in the region are the population; null for a number only. */
    @Column(name = "ROLE_NAME", length = MAX_ROLE)
    private String role;

    /** The number set in the registry; null when the population is a role only. */
    @Column(name = "PEOPLE")
    private Long people;

    @Version
    @Column(name = "ROW_VERSION", nullable = false)
    private long version;

    protected PopulationEntity() {
        // for JPA
    }

    public PopulationEntity(String toolKey, String region, String role, Long people) {
        this.toolKey = toolKey;
        this.region = region;
        this.role = role;
        this.people = people;
    }

    public PopulationEntity(String toolKey, String region, long people) {
        this(toolKey, region, null, people);
    }

    public void set(String role, Long people) {
        this.role = role;
        this.people = people;
    }

    public String getRole() {
        return role;
    }

    public String getToolKey() {
        return toolKey;
    }

    public String getRegion() {
        return region;
    }

    public Long getPeople() {
        return people;
    }

    public long getVersion() {
        return version;
    }
}
