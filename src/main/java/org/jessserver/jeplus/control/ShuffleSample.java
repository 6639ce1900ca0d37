package org.jessserver.jeplus.control;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/** SHUFFLE's choice of distinct global indices (jeplus.md §6.1), reproducible from the seed and sorted ascending. */
final class ShuffleSample {

    /** Up to this count the whole index list is shuffled; above it, indices are drawn one by one. */
    static final long SHUFFLE_LIMIT = 1_000_000;

    /** Keeps a draw of u = 1 - ε strictly below N, as §6.1 prescribes. */
    private static final double NUDGE = 0.00001;

    private ShuffleSample() {
    }

    /** {@code n} distinct indices in {@code 0..count-1} (n ≤ count), ascending. */
    static List<BigInteger> indices(BigInteger count, int n, Random rng) {
        if (count.bitLength() < Long.SIZE) {
            long[] drawn = indices(count.longValue(), n, rng);
            List<BigInteger> out = new ArrayList<>(drawn.length);
            for (long g : drawn) {
                out.add(BigInteger.valueOf(g));
            }
            return out;
        }
        // a space beyond long: the same draw loop, multiplied exactly
        BigDecimal size = new BigDecimal(count);
        Set<BigInteger> chosen = new TreeSet<>();
        while (chosen.size() < n) {
            BigDecimal point = new BigDecimal(rng.nextDouble()).multiply(size).subtract(BigDecimal.valueOf(NUDGE));
            chosen.add(point.setScale(0, RoundingMode.FLOOR).max(BigDecimal.ZERO).toBigInteger());
        }
        return new ArrayList<>(chosen);
    }

    static long[] indices(long count, int n, Random rng) {
        long[] out = new long[n];
        if (count <= SHUFFLE_LIMIT) {
            List<Integer> all = new ArrayList<>((int) count);
            for (int g = 0; g < count; g++) {
                all.add(g);
            }
            Collections.shuffle(all, rng);
            for (int k = 0; k < n; k++) {
                out[k] = all.get(k);
            }
        } else {
            Set<Long> seen = new HashSet<>();
            int k = 0;
            while (k < n) {
                long g = Math.max(0, (long) Math.floor(rng.nextDouble() * count - NUDGE));
                if (seen.add(g)) {
                    out[k++] = g;
                }
            }
        }
        Arrays.sort(out);
        return out;
    }
}
