package org.policyops.training.internal.entity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.OrderColumn;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;
import javax.persistence.Version;

/** A curriculum: courses, by code, in the order they are taken. */
@Entity
@Table(name = "TRAINING_CURRICULUM", uniqueConstraints = @UniqueConstraint(name = "TRAINING_CURRICULUM_CODE_UQ", columnNames = "CODE"))
public class CurriculumEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "CODE", length = 64, nullable = false)
    private String code;

    @Column(name = "TITLE", length = 200, nullable = false)
    private String title;

    @ElementCollection
    @CollectionTable(name = "TRAINING_CURRICULUM_COURSE", joinColumns = @JoinColumn(name = "CURRICULUM_ID"))
    @OrderColumn(name = "COURSE_POSITION")
    @Column(name = "COURSE_CODE", length = 64, nullable = false)
    private List<String> courseCodes = new ArrayList<>();

    @Version
    @Column(name = "ROW_VERSION", nullable = false)
    private long version;

    protected CurriculumEntity() {
        // for JPA
    }

    public CurriculumEntity(String code) {
        this.code = code;
    }

    public void apply(String newTitle, List<String> codes) {
        title = newTitle;
        courseCodes.clear();
        courseCodes.addAll(codes);
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getTitle() { return title; }
    public List<String> getCourseCodes() { return Collections.unmodifiableList(courseCodes); }
    public long getVersion() { return version; }
}
