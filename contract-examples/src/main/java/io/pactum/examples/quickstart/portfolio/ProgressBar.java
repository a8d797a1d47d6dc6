package io.pactum.examples.quickstart.portfolio;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Objects;

/**
 * A one-line console progress bar, {@code [##########----------]  50%  50,000 / 100,000}, redrawn
 * with a carriage return only when the whole percentage changes, so a million steps write at most
 * 101 frames. Not thread-safe.
 */
public final class ProgressBar {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final String label;
    private final long total;
    private int shownPercent = -1;

    /**
     * A bar for {@code total} steps.
     *
     * @param out where it is drawn
     * @param label printed before the bar
     * @param total the number of steps, at least 1
     */
    public ProgressBar(PrintStream out, String label, long total) {
        this.out = Objects.requireNonNull(out, "out");
        this.label = Objects.requireNonNull(label, "label");
        if (total < 1) {
            throw new IllegalArgumentException("total must be at least 1, got " + total);
        }
        this.total = total;
    }

    /** Shows that {@code done} of the steps are done (0 to total); redraws if the percentage changed. */
    public void update(long done) {
        if (done < 0 || done > total) {
            throw new IllegalArgumentException("done must be from 0 to " + total + ", got " + done);
        }
        int percent = (int) (done * 100 / total);
        if (percent == shownPercent) {
            return;
        }
        shownPercent = percent;
        int filled = (int) (done * WIDTH / total);
        out.print(String.format(Locale.ROOT, "\r%s [%s%s] %3d%%  %,d / %,d", label, "#".repeat(filled),
                "-".repeat(WIDTH - filled), percent, done, total));
        if (done == total) {
            out.println();
        }
        out.flush();
    }
}
