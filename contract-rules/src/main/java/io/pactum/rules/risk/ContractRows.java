package io.pactum.rules.risk;

import io.pactum.core.contract.ContractId;
import java.util.Arrays;

/**
 * The monitor's contract id → dense row table: open addressing with linear probing over one
 * {@code long[]}, each slot holding the id's hash (high half) next to its row + 1 (low half, 0 =
 * empty), so that a probe compares ints in one cache line before it touches an id object; the ids
 * themselves are kept by row. Removal shifts the following slots back (no tombstones). Rows of
 * removed contracts are reused.
 *
 * <p>Not thread-safe.
 */
final class ContractRows {

    private long[] slots = new long[16];
    private int mask = 15;
    private int size;
    private ContractId[] ids = new ContractId[16];
    private int rows;
    private int[] free = new int[0];
    private int freeCount;

    /** The number of contracts. */
    int size() {
        return size;
    }

    /** One more than the highest row ever handed out. */
    int rowLimit() {
        return rows;
    }

    /** The id of a row in use. */
    ContractId id(int row) {
        return ids[row];
    }

    /** The hash the table files a contract under. */
    static int hash(ContractId id) {
        int h = id.hashCode();
        return h ^ (h >>> 16);
    }

    private static int index(int hash, int mask) {
        // spread the hash over the table (Fibonacci hashing): ids like C-1, C-2 hash closely
        return (hash * 0x9E3779B9) >>> 7 & mask;
    }

    /** The row of a contract, or -1. */
    int row(ContractId id) {
        return row(id, hash(id));
    }

    /**
     * Reads the slot a contract's probe starts at, and nothing else: a bulk call reads the slots of
     * many contracts one after the other, so that their cache misses overlap, before it looks them
     * up.
     *
     * @param h the contract's {@link #hash}
     * @return the slot's value (for the caller to fold into a result the JIT cannot drop)
     */
    long probe(int h) {
        return slots[index(h, mask)];
    }

    /** The row of a contract whose {@link #hash} is {@code h}, or -1. */
    int row(ContractId id, int h) {
        long[] t = slots;
        int m = mask;
        for (int i = index(h, m);; i = (i + 1) & m) {
            long slot = t[i];
            if (slot == 0) {
                return -1;
            }
            if ((int) (slot >>> 32) == h) {
                int row = (int) slot - 1;
                ContractId other = ids[row];
                if (other == id || other.equals(id)) {
                    return row;
                }
            }
        }
    }

    /** Adds a contract that is not in the table and returns its new row. */
    int add(ContractId id) {
        int row = freeCount > 0 ? free[--freeCount] : rows++;
        if (row >= ids.length) {
            ids = Arrays.copyOf(ids, ids.length * 2);
        }
        ids[row] = id;
        if (2 * (size + 1) > slots.length) {
            resize();
        }
        insert(hash(id), row);
        size++;
        return row;
    }

    private void insert(int h, int row) {
        for (int i = index(h, mask);; i = (i + 1) & mask) {
            if (slots[i] == 0) {
                slots[i] = ((long) h << 32) | (row + 1L);
                return;
            }
        }
    }

    private void resize() {
        long[] old = slots;
        slots = new long[old.length * 2];
        mask = slots.length - 1;
        for (long s : old) {
            if (s != 0) {
                insert((int) (s >>> 32), (int) s - 1);
            }
        }
    }

    /** Removes a contract's row (which becomes free for reuse); -1 when it is not in the table. */
    int remove(ContractId id) {
        int h = hash(id);
        int i = index(h, mask);
        int row;
        while (true) {
            long slot = slots[i];
            if (slot == 0) {
                return -1;
            }
            row = (int) slot - 1;
            if ((int) (slot >>> 32) == h && ids[row].equals(id)) {
                break;
            }
            i = (i + 1) & mask;
        }
        // backward-shift deletion: move later slots of the same probe run into the hole
        int hole = i;
        for (int j = (hole + 1) & mask; slots[j] != 0; j = (j + 1) & mask) {
            int home = index((int) (slots[j] >>> 32), mask);
            // the slot at j may move to the hole when its home is not cyclically in (hole, j]
            boolean stays = hole <= j ? hole < home && home <= j : hole < home || home <= j;
            if (!stays) {
                slots[hole] = slots[j];
                hole = j;
            }
        }
        slots[hole] = 0;
        ids[row] = null;
        if (freeCount == free.length) {
            free = Arrays.copyOf(free, Math.max(8, freeCount * 2));
        }
        free[freeCount++] = row;
        size--;
        return row;
    }
}
