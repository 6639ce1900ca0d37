package org.jessserver.jeplus.control;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.jessserver.platform.control.InvalidRequestException;

/**
 * Expands a loaded project into the cases of a subset (jeplus.md §4, §6, §7). Everything that can be refused is
 * refused here, before any case is made; the cap is the caller's next step ({@link CaseCap}).
 */
public final class Cases {

    private Cases() {
    }

    /**
     * The cases of {@code subset}. {@code uploadRoot} confines job-list paths; {@code tableNames} are the
     * result-table names a listed case id may not take.
     */
    public static CaseSource of(Project project, CaseSubset subset, Path uploadRoot, Set<String> tableNames) {
        return switch (subset.mode()) {
            case ALL -> all(new CaseSpace(project));
            case CHAINS -> chains(project);
            case SHUFFLE -> shuffle(new CaseSpace(project), positive(subset.size(), "numberOfJobs"), subset.seed());
            case LHS -> new LatinHypercube(project, positive(subset.size(), "The LHS sample size"), subset.seed(),
                    subset.lhsHonoursFixed());
            case FILE -> JobListFiles.open(project, subset.listFiles(), uploadRoot, tableNames);
            case SOBOL -> throw new InvalidRequestException("Sample option SOBOL is not supported; use LHS");
        };
    }

    private static int positive(int size, String what) {
        if (size <= 0) {
            throw new InvalidRequestException(what + " is " + size + "; it must be a positive number of cases");
        }
        return size;
    }

    /** Every case in enumeration order, decoded one by one. */
    static CaseSource all(CaseSpace space) {
        return source(space.count(), () -> Stream.iterate(BigInteger.ZERO, g -> g.compareTo(space.count()) < 0,
                g -> g.add(BigInteger.ONE)).map(space::decode));
    }

    /** One test case per template: the first weather file and every parameter's first value, fixed or not. */
    static CaseSource chains(Project project) {
        int[] first = new int[project.parameters().size()];
        StringBuilder tail = new StringBuilder("-W_0");
        project.parameters().forEach(p -> tail.append('-').append(p.id()).append("_0"));
        return source(BigInteger.valueOf(project.templates().size()),
                () -> IntStream.range(0, project.templates().size()).mapToObj(t -> CaseSpace.caseOf(project,
                        project.batchId() + "-T_" + t + tail, 0, t, first)));
    }

    /**
     * min(size, N) distinct whole cases drawn from the seed, in enumeration order, with full-form ids (§6.1). The
     * indices are drawn at the first stream, so the cap can refuse a huge size first.
     */
    static CaseSource shuffle(CaseSpace space, int size, long seed) {
        int n = BigInteger.valueOf(size).min(space.count()).intValueExact();
        Supplier<Stream<BigInteger>> indices;
        if (space.count().bitLength() < Long.SIZE) {
            // a long per case, not a BigInteger: the sample is the only state a SHUFFLE source keeps
            Supplier<long[]> sample = once(() -> ShuffleSample.indices(space.count().longValue(), n,
                    new Random(seed)));
            indices = () -> LongStream.of(sample.get()).mapToObj(BigInteger::valueOf);
        } else {
            Supplier<List<BigInteger>> sample = once(() -> ShuffleSample.indices(space.count(), n, new Random(seed)));
            indices = () -> sample.get().stream();
        }
        return source(BigInteger.valueOf(n), () -> indices.get().map(space::decodeFullForm));
    }

    /** A supplier that computes its value on the first call only. */
    private static <T> Supplier<T> once(Supplier<T> compute) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = compute.get();
                }
                return value;
            }
        };
    }

    private static CaseSource source(BigInteger count, Supplier<Stream<JeplusCase>> cases) {
        return new CaseSource() {
            @Override
            public BigInteger count() {
                return count;
            }

            @Override
            public Stream<JeplusCase> stream() {
                return cases.get();
            }
        };
    }
}
