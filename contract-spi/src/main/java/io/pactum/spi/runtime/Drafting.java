package io.pactum.spi.runtime;

import io.pactum.core.contract.Contract;
import io.pactum.core.contract.ExternalReference;
import io.pactum.core.error.PactumException;
import io.pactum.core.template.ComposedDocument;
import io.pactum.core.template.Template;
import io.pactum.core.template.TemplateVersion;
import io.pactum.spi.SpiError;
import io.pactum.spi.internal.DocumentRecord;
import io.pactum.spi.internal.Fingerprints;
import io.pactum.spi.port.RecordKey;
import io.pactum.spi.port.RecordKind;
import io.pactum.spi.port.StoredRecord;
import io.pactum.spi.port.Transaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Drafting from a template: composes the document, pins the template version on the contract and
 * stores the document beside it. One instance serves one {@code createDraftFromTemplate} call.
 *
 * <p>Why the pin is an external reference ({@code pactum.template}) and not a custom field: custom
 * fields are typed by the contract type, which would have to declare the field in every type, and
 * the facts mapper and the validator refuse undeclared fields; an external reference is exactly "this
 * contract points at an artefact kept elsewhere", travels in the contract's JSON and events, and
 * takes part in the contract's fingerprint.
 */
final class Drafting {

    /** The external-reference system of the template pin; the id is {@code templateId@version}. */
    static final String PIN_SYSTEM = "pactum.template";

    private final Supplier<Library> library;
    private final TemplateDraft draft;
    private @Nullable ComposedDocument document;

    Drafting(Supplier<Library> library, TemplateDraft draft) {
        this.library = library;
        this.draft = draft;
    }

    /** The header with the template version pinned. */
    static Contract pin(Contract header, TemplateDraft draft) {
        List<ExternalReference> refs = new ArrayList<>();
        header.externalReferences().stream().filter(r -> !r.system().equals(PIN_SYSTEM)).forEach(refs::add);
        refs.add(new ExternalReference(PIN_SYSTEM, draft.templateId().value() + "@" + draft.templateVersion()));
        return header.toBuilder().externalReferences(refs).build();
    }

    /**
     * Composes the document for the contract; the contract itself is not changed.
     *
     * @param reader reads the library as the command's unit of work sees it
     */
    Contract compose(Library.RecordReader reader, Contract subject) {
        Library lib = library.get();
        Template template = lib.template(reader, draft.templateId()).orElseThrow(() -> new PactumException(
                SpiError.LIBRARY_ITEM_NOT_FOUND, "templateId", "the library holds no template " + draft.templateId()));
        TemplateVersion version = template.version(draft.templateVersion()).orElseThrow(() -> new PactumException(
                SpiError.LIBRARY_ITEM_NOT_FOUND, "templateVersion", "template " + draft.templateId() + " has no version "
                        + draft.templateVersion()));
        if (!version.contractType().equals(subject.type())) {
            throw new PactumException(SpiError.BAD_ARGUMENT, "type", "template " + draft.templateId() + " version "
                    + draft.templateVersion() + " drafts " + version.contractType() + " contracts, not " + subject.type());
        }
        document = lib.composer(reader).compose(draft.request(version));
        return subject;
    }

    /** Stores the composed document beside the saved contract. */
    void stage(Transaction tx, Contract saved) {
        ComposedDocument doc = Objects.requireNonNull(document, "compose first");
        RecordKey key = RecordKey.of(RecordKind.DOCUMENT, saved.id().value());
        long revision = tx.getRecord(key).map(StoredRecord::revision).orElse(0L);
        tx.saveRecord(key, DocumentRecord.write(DocumentRecord.of(doc), doc), null, revision);
    }

    /**
     * What signers sign: the composed document's fingerprint when the contract was drafted from a
     * template, otherwise the fingerprint of the contract's content.
     */
    static String signedFingerprint(Library.RecordReader reader, Contract contract) {
        return reader.get(RecordKey.of(RecordKind.DOCUMENT, contract.id().value()))
                .map(r -> DocumentRecord.read(r.body()).fingerprint())
                .orElseGet(() -> Fingerprints.ofDocument(contract));
    }
}
