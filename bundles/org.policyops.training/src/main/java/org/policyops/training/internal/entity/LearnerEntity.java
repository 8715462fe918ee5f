package org.policyops.training.internal.entity;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.JoinColumn;
import javax.persistence.Table;
import javax.persistence.Version;

/**
 * A learner, identified by the id the organisation gives them (the key CSV imports match on): name, roles, region,
 * languages and team.
 */
@Entity
@Table(name = "TRAINING_LEARNER", indexes = @Index(name = "TRAINING_LEARNER_REGION_IX", columnList = "REGION_CODE,LEARNER_ID"))
public class LearnerEntity {

    public static final int MAX_ID = 64;

    @Id
    @Column(name = "LEARNER_ID", length = MAX_ID)
    private String id;

    @Column(name = "NAME", length = 200, nullable = false)
    private String name;

    @Column(name = "REGION_CODE", length = 16, nullable = false)
    private String region;

    @Column(name = "TEAM", length = 100)
    private String team;

    /** BCP 47 tags joined with ';'. */
    @Column(name = "LANGUAGES", length = 200)
    private String languages;

    @ElementCollection
    @CollectionTable(name = "TRAINING_LEARNER_ROLE", joinColumns = @JoinColumn(name = "LEARNER_ID"),
            indexes = { @Index(name = "TRAINING_LEARNER_ROLE_IX", columnList = "ROLE_NAME,LEARNER_ID"),
                    @Index(name = "TRAINING_ROLE_LEARNER_IX", columnList = "LEARNER_ID,ROLE_NAME") })
    @Column(name = "ROLE_NAME", length = 64, nullable = false)
    private Set<String> roles = new TreeSet<>();

    @Column(name = "JOINED_AT", nullable = false)
    private long joinedAt;

    @Version
    @Column(name = "ROW_VERSION", nullable = false)
    private long version;

    protected LearnerEntity() {
        // for JPA
    }

    public LearnerEntity(String learnerId, long joinedAt) {
        this.id = learnerId;
        this.joinedAt = joinedAt;
    }

    /** Validated editable fields. */
    public record Content(String name, String region, String team, String languages, Set<String> roles) {
    }

    public void apply(Content c) {
        name = c.name();
        region = c.region();
        team = c.team();
        languages = c.languages();
        roles.clear();
        roles.addAll(c.roles());
    }

    public Content content() {
        return new Content(name, region, team, languages, new TreeSet<>(roles));
    }

    public String getLearnerId() { return id; }
    public String getName() { return name; }
    public String getRegion() { return region; }
    public String getTeam() { return team; }
    public String getLanguages() { return languages; }
    /** Sorted: JPA loads the collection into a set of its own choosing, whose order is arbitrary. */
    public Set<String> getRoles() { return Collections.unmodifiableSet(new TreeSet<>(roles)); }
    public long getJoinedAt() { return joinedAt; }
    public long getVersion() { return version; }
}
