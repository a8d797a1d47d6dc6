package io.pactum.benchmarks.risk;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntToLongFunction;

/**
 * Compares the batch update of two or more builds in one JVM, by turns: each build's
 * {@code benchmarks.jar} is loaded in its own class loader with its own monitor, and the rounds
 * alternate between them (who goes first rotating), so that the drift of a shared VM, 20–30% from
 * one quarter of an hour to the next, falls on all of them alike. Separate JMH runs cannot tell a
 * few percent change on such a machine. The order of loading still matters: the same jar against
 * itself came out 10% slower as the second one in one run (probably because each monitor's arrays
 * land in another part of the heap). So run it twice, with the jars in both orders, and take the geometric
 * mean of the two ratios.
 *
 * <pre>
 * java -Xmx16g -XX:+UseParallelGC -cp contract-benchmarks/target/benchmarks.jar \
 *     io.pactum.benchmarks.risk.PairedComparison before.jar after.jar
 * </pre>
 *
 * <p>Each jar must contain {@link PairedBatchUpdate} (builds from this commit on). Prints per build
 * the median time of the applying and of the reverting rounds, and the median of its per-round
 * ratio to the first build. System properties: {@code rounds} (default 40) and {@code warm}
 * (rounds left out at the start, default 8).
 */
public final class PairedComparison {

    private PairedComparison() {
    }

    /**
     * Runs the comparison.
     *
     * @param jars the builds' benchmark jars, the first being the one the others are compared to
     * @throws ReflectiveOperationException when a jar has no {@link PairedBatchUpdate}
     * @throws IOException when a class loader cannot be closed
     */
    public static void main(String[] jars) throws ReflectiveOperationException, IOException {
        if (jars.length == 0) {
            System.err.println("usage: PairedComparison first.jar [other.jar ...]");
            System.exit(2);
        }
        int rounds = Integer.getInteger("rounds", 40);
        int warm = Integer.getInteger("warm", 8);
        List<URLClassLoader> loaders = new ArrayList<>();
        IntToLongFunction[] builds = new IntToLongFunction[jars.length];
        for (int v = 0; v < jars.length; v++) {
            URL jar = Path.of(jars[v]).toUri().toURL();
            URLClassLoader loader = new URLClassLoader(new URL[] {jar}, ClassLoader.getPlatformClassLoader());
            loaders.add(loader);
            builds[v] = newRun(loader);
        }
        double[][] ms = new double[jars.length][rounds];
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < jars.length; i++) {
                int v = (round + i) % jars.length;
                ms[v][round] = builds[v].applyAsLong(round) / 1e6;
            }
        }
        for (int v = 0; v < jars.length; v++) {
            List<Double> applying = new ArrayList<>();
            List<Double> reverting = new ArrayList<>();
            List<Double> ratio = new ArrayList<>();
            for (int round = warm; round < rounds; round++) {
                (round % 2 == 0 ? applying : reverting).add(ms[v][round]);
                ratio.add(ms[v][round] / ms[0][round]);
            }
            System.out.printf("%-40s applying %.1f ms, reverting %.1f ms, per-round ratio to the first %.3f%n",
                    jars[v], median(applying), median(reverting), median(ratio));
        }
        for (URLClassLoader loader : loaders) {
            loader.close();
        }
    }

    private static IntToLongFunction newRun(ClassLoader loader) throws ReflectiveOperationException {
        try {
            return (IntToLongFunction) loader.loadClass(PairedBatchUpdate.class.getName()).getConstructor()
                    .newInstance();
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("building a run failed", e.getCause());
        }
    }

    private static double median(List<Double> values) {
        Collections.sort(values);
        return values.isEmpty() ? Double.NaN : values.get(values.size() / 2);
    }
}
