package io.pactum.core.template.internal;

import io.pactum.core.template.DiffLine;
import java.util.ArrayList;
import java.util.List;

/** A line diff by longest common subsequence; clause texts are short. */
public final class LineDiff {

    private static final long MAX_CELLS = 4_000_000L;

    private LineDiff() {
    }

    /** The lines of {@code before} and {@code after} as unchanged, removed and added, in order. */
    public static List<DiffLine> diff(String before, String after) {
        String[] a = before.split("\n", -1);
        String[] b = after.split("\n", -1);
        List<DiffLine> out = new ArrayList<>();
        if ((long) a.length * b.length > MAX_CELLS) {
            // Too large to align: report it as replaced wholesale rather than spend quadratic memory.
            for (String s : a) {
                out.add(new DiffLine(DiffLine.Change.REMOVED, s));
            }
            for (String s : b) {
                out.add(new DiffLine(DiffLine.Change.ADDED, s));
            }
            return out;
        }
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i].equals(b[j])) {
                out.add(new DiffLine(DiffLine.Change.SAME, a[i]));
                i++;
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                out.add(new DiffLine(DiffLine.Change.REMOVED, a[i++]));
            } else {
                out.add(new DiffLine(DiffLine.Change.ADDED, b[j++]));
            }
        }
        while (i < a.length) {
            out.add(new DiffLine(DiffLine.Change.REMOVED, a[i++]));
        }
        while (j < b.length) {
            out.add(new DiffLine(DiffLine.Change.ADDED, b[j++]));
        }
        return out;
    }
}
