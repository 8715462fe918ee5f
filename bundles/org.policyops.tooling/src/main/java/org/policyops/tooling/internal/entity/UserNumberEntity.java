package org.policyops.tooling.internal.entity;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;

/**
 * The number that stands for a user id in the usage rollup (a user id is up to {@link #MAX_USER} characters; a
 * number keeps the rollup's key one BIGINT). Numbers are given once, on first use, and never change.
 */
@Entity
@Table(name = "TOOLING_USER_NO", uniqueConstraints = @UniqueConstraint(name = "TOOLING_USER_NO_ID_UQ", columnNames = "USER_ID"))
public class UserNumberEntity {

    public static final int MAX_USER = 100;

    @Id
    @Column(name = "USER_NO")
    private int number;

    @Column(name = "USER_ID", length = MAX_USER, nullable = false)
    private String userId;

    protected UserNumberEntity() {
        // for JPA
    }
}
