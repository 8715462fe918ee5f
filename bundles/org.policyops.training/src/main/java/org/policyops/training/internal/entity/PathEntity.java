package org.policyops.training.internal.entity;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/**
 * A learning path: learners with the role (in the region, or anywhere when the region is null) are assigned the
 * curriculum, due a number of days after they joined.
 */
@Entity
@Table(name = "TRAINING_PATH")
public class PathEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "NAME", length = 200, nullable = false)
    private String name;

    @Column(name = "ROLE_NAME", length = 64, nullable = false)
    private String role;

    @Column(name = "REGION_CODE", length = 16)
    private String region;

    @Column(name = "CURRICULUM_CODE", length = 64, nullable = false)
    private String curriculumCode;

    @Column(name = "DUE_DAYS", nullable = false)
    private int dueDays;

    @Version
    @Column(name = "ROW_VERSION", nullable = false)
    private long version;

    public PathEntity() {
        // for JPA and for new paths
    }

    public void apply(String newName, String newRole, String newRegion, String curriculum, int days) {
        name = newName;
        role = newRole;
        region = newRegion;
        curriculumCode = curriculum;
        dueDays = days;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getRole() { return role; }
    public String getRegion() { return region; }
    public String getCurriculumCode() { return curriculumCode; }
    public int getDueDays() { return dueDays; }
    public long getVersion() { return version; }
}
