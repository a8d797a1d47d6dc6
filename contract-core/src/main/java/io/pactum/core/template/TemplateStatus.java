package io.pactum.core.template;

/** The status of a template version. Only a published version can be used to draft. */
public enum TemplateStatus {
    /** Being written. */
    DRAFT,
    /** Usable for drafting. */
    PUBLISHED,
    /** Withdrawn; contracts drafted from it keep it pinned. */
    RETIRED
}
