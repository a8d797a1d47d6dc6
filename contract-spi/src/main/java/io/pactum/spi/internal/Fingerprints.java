package io.pactum.spi.internal;

import io.pactum.core.codec.ContractJson;
import io.pactum.core.contract.Contract;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 fingerprints of contracts and documents. */
public final class Fingerprints {

    private Fingerprints() {
    }

    /** SHA-256 of some bytes. */
    public static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Hex SHA-256 of the contract's deterministic compact JSON, status and revision included. */
    public static String ofState(Contract contract) {
        return ofText(ContractJson.writeCompact(contract));
    }

    /** Hex SHA-256 of a text's UTF-8 bytes (a stored library document, a contract's JSON). */
    public static String ofText(String text) {
        return HexFormat.of().formatHex(sha256(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Hex SHA-256 of the contract's content only (status and revision normalised), which is what
     * signers sign: a status change does not change the document.
     */
    public static String ofDocument(Contract contract) {
        return ofState(content(contract));
    }

    /**
     * The contract's content: status and revision normalised (DRAFT, 0), since they are not what
     * is agreed. What {@link #ofDocument} fingerprints and what a terms-history version keeps.
     */
    public static Contract content(Contract contract) {
        return contract.toBuilder().status(io.pactum.core.contract.ContractStatus.DRAFT).revision(0).build();
    }
}
