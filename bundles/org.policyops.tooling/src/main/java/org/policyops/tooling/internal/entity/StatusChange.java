package org.policyops.tooling.internal.entity;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;

/** One dated move of a tool from a status to another (the first row of a tool has no previous status). */
@Entity
@Table(name = "TOOLING_STATUS_CHANGE", indexes = @Index(name = "TOOLING_STATUS_CHANGE_TOOL", columnList = "TOOL_KEY"))
public class StatusChange {

    public static final int MAX_NOTE = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "TOOL_KEY", length = ToolEntity.MAX_KEY, nullable = false)
    private String toolKey;

    @Column(name = "FROM_STATUS", length = 16)
    private String fromStatus;

    @Column(name = "TO_STATUS", length = 16, nullable = false)
    private String toStatus;

    /** The day the move took effect, as epoch millis (the caller may date it back). */
    @Column(name = "CHANGED_AT", nullable = false)
    private long at;

    @Column(name = "CHANGED_BY", length = 200, nullable = false)
    private String by;

    @Column(name = "NOTE", length = MAX_NOTE)
    private String note;

    protected StatusChange() {
        // for JPA
    }

    public StatusChange(String toolKey, String fromStatus, String toStatus, long at, String by, String note) {
        this.toolKey = toolKey;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.at = at;
        this.by = by;
        this.note = note;
    }

    public Long getId() {
        return id;
    }

    public String getToolKey() {
        return toolKey;
    }

    public String getFromStatus() {
        return fromStatus;
    }

    public String getToStatus() {
        return toStatus;
    }

    public long getAt() {
        return at;
    }

    public String getBy() {
        return by;
    }

    public String getNote() {
        return note;
    }
}
