package org.policyops.localization.internal.entity;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;
import javax.persistence.Version;

import org.policyops.localization.internal.domain.TranslationState;

/**
 * The translation of one content item into one locale. {@code sourceRevision} is the revision of the source it was
 * made from; when the content's revision moves on, the translation is stale until it is redone from the new one.
 */
@Entity
@Table(name = "L10N_TRANSLATION",
        uniqueConstraints = @UniqueConstraint(name = "L10N_TRANSLATION_UQ", columnNames = { "CONTENT_ID", "LOCALE_TAG" }),
        indexes = @Index(name = "L10N_TRANSLATION_LOCALE_IX", columnList = "LOCALE_TAG"))
public class TranslationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "CONTENT_ID", nullable = false, updatable = false)
    private long contentId;

    @Column(name = "LOCALE_TAG", length = 35, nullable = false, updatable = false)
    private String locale;

    @Column(name = "TRANSLATED_TEXT", length = ContentEntity.MAX_TEXT)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 20, nullable = false)
    private TranslationState status;

    @Column(name = "TRANSLATOR", length = 200)
    private String translator;

    @Column(name = "SOURCE_REVISION", length = 64, nullable = false)
    private String sourceRevision;

    @Column(name = "UPDATED_AT", nullable = false)
    private long updatedAt;

    @Column(name = "UPDATED_BY", length = 200, nullable = false)
    private String updatedBy;

    @Version
    @Column(name = "ROW_VERSION", nullable = false)
    private long version;

    protected TranslationEntity() {
        // for JPA
    }

    public TranslationEntity(long contentId, String locale) {
        this.contentId = contentId;
        this.locale = locale;
    }

    public void apply(String text, TranslationState status, String translator, String sourceRevision, String by, Instant now) {
        this.text = text;
        this.status = status;
        this.translator = translator;
        this.sourceRevision = sourceRevision;
        this.updatedBy = by;
        this.updatedAt = now.toEpochMilli();
    }

    public Long getId() {
        return id;
    }

    public long getContentId() {
        return contentId;
    }

    public String getLocale() {
        return locale;
    }

    public String getText() {
        return text;
    }

    public TranslationState getStatus() {
        return status;
    }

    public String getTranslator() {
        return translator;
    }

    public String getSourceRevision() {
        return sourceRevision;
    }

    public Instant getUpdatedAt() {
        return Instant.ofEpochMilli(updatedAt);
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public long getVersion() {
        return version;
    }
}
