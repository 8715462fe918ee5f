package org.policyops.planning.internal.entity;

import javax.persistence.Column;
import javax.persistence.Embeddable;

/** A member of a team: a person, the role they hold and the share of full time they work for the team (0..1]. */
@Embeddable
public class TeamMember {

    public static final int MAX_NAME = 200;
    public static final int MAX_ROLE = 100;

    @Column(name = "PERSON_NAME", length = MAX_NAME, nullable = false)
    private String name;

    @Column(name = "MEMBER_ROLE", length = MAX_ROLE)
    private String role;

    @Column(name = "FTE", nullable = false)
    private double fte;

    protected TeamMember() {
        // for JPA
    }

    public TeamMember(String name, String role, double fte) {
        this.name = name;
        this.role = role;
        this.fte = fte;
    }

    public String getName() {
        return name;
    }

    public String getRole() {
        return role;
    }

    public double getFte() {
        return fte;
    }
}
