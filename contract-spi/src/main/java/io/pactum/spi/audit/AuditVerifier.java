package io.pactum.spi.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Verifies an audit log. It recomputes every entry's hash with its own implementation of the
 * canonical encoding (it shares no code with the runtime's writer, so a bug in one is not
 * silently mirrored in the other) and checks the links:
 * <ul>
 *   <li>sequences run 1, 2, 3… without gap or reordering (catches deletion, swap, insertion);</li>
 *   <li>each entry's previous hash is the hash of the entry before (64 zeros for the first);</li>
 *   <li>each entry's hash matches its content (catches any edit);</li>
 *   <li>against a {@link AuditCheckpoint}, the log still holds that entry with that hash (catches
 *       the last entries being cut off, which the chain alone cannot show).</li>
 * </ul>
 *
 * <p>The canonical encoding, version 1: the fields in the order {@code "pactum-audit-v1"},
 * sequence (decimal), at ({@code Instant.toString()}, UTC), tenant, actor, action, contractId,
 * outcome (its name), beforeFingerprint, afterFingerprint, reason, correlationId, previousHash;
 * each as a 4-byte big-endian length of its UTF-8 bytes followed by the bytes, an absent value
 * as the length {@code -1}. The hash is the lower-case hex SHA-256 of that byte string.
 *
 * <p>Stateless and thread-safe.
 */
public final class AuditVerifier {

    private AuditVerifier() {
    }

    /**
     * Verifies a whole log, from sequence 1.
     *
     * @param log the entries in stored order
     * @param checkpoint an exported checkpoint to check against, or {@code null} for none
     * @return the verdict, listing every problem found
     */
    public static AuditVerification verify(List<AuditEntry> log, @Nullable AuditCheckpoint checkpoint) {
        Objects.requireNonNull(log, "log");
        List<String> problems = new ArrayList<>();
        String expectedPrevious = AuditEntry.GENESIS_HASH;
        for (int i = 0; i < log.size(); i++) {
            AuditEntry e = log.get(i);
            long expectedSequence = i + 1L;
            if (e.sequence() != expectedSequence) {
                problems.add("entry " + i + ": sequence " + e.sequence() + " where " + expectedSequence
                        + " belongs (an entry was deleted, inserted or moved)");
            }
            if (!e.previousHash().equals(expectedPrevious)) {
                problems.add("entry " + i + ": previous hash does not match the hash of the entry before");
            }
            String recomputed = hashOf(e);
            if (!recomputed.equals(e.hash())) {
                problems.add("entry " + i + ": hash does not match the content (the entry was changed)");
            }
            expectedPrevious = e.hash();
        }
        if (checkpoint != null) {
            if (checkpoint.sequence() > log.size()) {
                problems.add("the log ends at sequence " + log.size() + " but the checkpoint names sequence "
                        + checkpoint.sequence() + " (the log was truncated)");
            } else {
                String at = checkpoint.sequence() == 0 ? AuditEntry.GENESIS_HASH
                        : log.get((int) checkpoint.sequence() - 1).hash();
                if (!at.equals(checkpoint.hash())) {
                    problems.add("the entry at checkpoint sequence " + checkpoint.sequence()
                            + " does not have the checkpoint's hash");
                }
            }
        }
        return new AuditVerification(log.size(), problems);
    }

    /** The hash an entry should carry, recomputed from its content with this class's own encoding. */
    public static String hashOf(AuditEntry e) {
        List<byte[]> fields = new ArrayList<>();
        fields.add(utf8("pactum-audit-v1"));
        fields.add(utf8(Long.toString(e.sequence())));
        fields.add(utf8(e.at().toString()));
        fields.add(utf8(e.tenant()));
        fields.add(utf8(e.actor()));
        fields.add(utf8(e.action()));
        fields.add(utf8(e.contractId()));
        fields.add(utf8(e.outcome().name()));
        fields.add(utf8(e.beforeFingerprint()));
        fields.add(utf8(e.afterFingerprint()));
        fields.add(utf8(e.reason()));
        fields.add(utf8(e.correlationId()));
        fields.add(utf8(e.previousHash()));
        int size = 0;
        for (byte[] f : fields) {
            size += 4 + (f == null ? 0 : f.length);
        }
        byte[] message = new byte[size];
        int p = 0;
        for (byte[] f : fields) {
            int len = f == null ? -1 : f.length;
            message[p++] = (byte) (len >>> 24);
            message[p++] = (byte) (len >>> 16);
            message[p++] = (byte) (len >>> 8);
            message[p++] = (byte) len;
            if (f != null) {
                System.arraycopy(f, 0, message, p, f.length);
                p += f.length;
            }
        }
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-256").digest(message);
        } catch (NoSuchAlgorithmException e1) {
            throw new IllegalStateException("every Java platform has SHA-256", e1);
        }
        char[] hex = "0123456789abcdef".toCharArray();
        StringBuilder out = new StringBuilder(64);
        for (byte b : digest) {
            out.append(hex[(b >> 4) & 0xF]).append(hex[b & 0xF]);
        }
        return out.toString();
    }

    private static byte @Nullable [] utf8(@Nullable String s) {
        return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
    }
}
