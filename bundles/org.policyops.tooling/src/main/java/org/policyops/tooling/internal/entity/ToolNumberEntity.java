package org.policyops.tooling.internal.entity;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;

/**
 * The number that stands for a tool key in the usage rollup's key, given when the tool's first usage is stored and
 * never changed (a tool deleted and created again keeps it, as its usage rows do).
 */
@Entity
@Table(name = "TOOLING_TOOL_NO", uniqueConstraints = @UniqueConstraint(name = "TOOLING_TOOL_NO_KEY_UQ", columnNames = "TOOL_KEY"))
public class ToolNumberEntity {

    @Id
    @Column(name = "TOOL_NO")
    private int number;

    @Column(name = "TOOL_KEY", length = ToolEntity.MAX_KEY, nullable = false)
    private String toolKey;

    protected ToolNumberEntity() {
        // for JPA
    }
}
