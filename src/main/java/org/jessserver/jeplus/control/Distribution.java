package org.jessserver.jeplus.control;

import java.util.Random;

/** The distribution of an {@code @sample(...)} values string: free draws for a parameter's alt values, stratified draws for a Latin hypercube. */
public interface Distribution {

    /** One value drawn from the whole distribution, formatted for the parameter's type. */
    String draw(Random rng);

    /** One value drawn in probability stratum {@code s} of {@code n} (jeplus.md §6.2), formatted for the parameter's type. */
    String drawInStratum(int s, int n, Random rng);
}
