package org.policyops.localization.internal.entity;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;
import javax.persistence.Version;

import org.policyops.localization.internal.domain.Revisions;

/**
 * A text another feature owns, registered for translation under a key (see
 * {@link org.policyops.api.localization.ContentKeys}). Its source revision is a hash of the source locale, the
 * policy version the text belongs to and the text itself: any change of these makes every translation made from
 * the previous revision stale. {@code sourceChangeReason} says in words why the revision last changed (an edit of
 * the text, or a new policy version in planning), so a stale translation can be explained.
 */
@Entity
@Table(name = "L10N_CONTENT", uniqueConstraints = @UniqueConstraint(name = "L10N_CONTENT_KEY_UQ", columnNames = "CONTENT_KEY"))
public class ContentEntity {

    public static final int MAX_KEY = 200;
    public static final int MAX_TEXT = 20000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "CONTENT_KEY", length = MAX_KEY, nullable = false, updatable = false)
    private String contentKey;

    @Column(name = "SOURCE_LOCALE", length = 35, nullable = false)
    private String sourceLocale;

    @Column(name = "SOURCE_TEXT", length = MAX_TEXT, nullable = false)
    private String sourceText;

    @Column(name = "SOURCE_REVISION", length = 64, nullable = false)
    private String sourceRevision;

    @Column(name = "PREVIOUS_REVISION", length = 64)
    private String previousRevision;

    @Column(name = "POLICY_KEY", length = 100)
    private String policyKey;

    /** The policy version the source text belongs to, e.g. 3.1.0; null for content that belongs to no policy. */
    @Column(name = "POLICY_VERSION", length = 40)
    private String policyVersion;

    @Column(name = "SOURCE_CHANGED_AT", nullable = false)
    private long sourceChangedAt;

    @Column(name = "SOURCE_CHANGE_REASON", length = 500, nullable = false)
    private String sourceChangeReason;

    @Column(name = "CREATED_BY", length = 200, nullable = false, updatable = false)
    private String createdBy;

    @Version
    @Column(name = "ROW_VERSION", nullable = false)
    private long version;

    protected ContentEntity() {
        // for JPA
    }

    public ContentEntity(String contentKey, String createdBy) {
        this.contentKey = contentKey;
        this.createdBy = createdBy;
    }

    /**
     * Sets the source and recomputes the revision.
     *
     * @return true when the revision changed (translations from the previous one are now stale)
     */
    public boolean changeSource(String locale, String text, String policyKey, String policyVersion, String reason, Instant now) {
        String revision = Revisions.of(locale, policyVersion, text);
        this.sourceLocale = locale;
        this.sourceText = text;
        this.policyKey = policyKey;
        this.policyVersion = policyVersion;
        if (revision.equals(sourceRevision)) {
            return false;
        }
        this.previousRevision = sourceRevision;
        this.sourceRevision = revision;
        this.sourceChangedAt = now.toEpochMilli();
        this.sourceChangeReason = reason;
        return previousRevision != null;
    }

    public Long getId() {
        return id;
    }

    public String getContentKey() {
        return contentKey;
    }

    public String getSourceLocale() {
        return sourceLocale;
    }

    public String getSourceText() {
        return sourceText;
    }

    public String getSourceRevision() {
        return sourceRevision;
    }

    public String getPreviousRevision() {
        return previousRevision;
    }

    public String getPolicyKey() {
        return policyKey;
    }

    public String getPolicyVersion() {
        return policyVersion;
    }

    public Instant getSourceChangedAt() {
        return Instant.ofEpochMilli(sourceChangedAt);
    }

    public String getSourceChangeReason() {
        return sourceChangeReason;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public long getVersion() {
        return version;
    }
}
