package org.jessserver.jeplus.control;

import java.util.ArrayList;
import java.util.List;

/** Spreads one value per parameter over the parameters' tags (jeplus.md §5.1 step 1). */
public final class TagValues {

    private TagValues() {
    }

    /**
     * The k-th {@code |}-separated part of a parameter's value goes to its k-th tag; with fewer parts than tags the
     * last part repeats, extra parts are dropped. A value never holds a {@code |}: "a|b" gives "a" to a lone tag.
     */
    public static List<String> spread(List<Parameter> parameters, List<String> perParameter) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < parameters.size(); i++) {
            List<String> tags = parameters.get(i).tags();
            // whitespace is cut only around a '|': a lone value keeps its edge spaces (" Dbl Clr 3mm/13mm Arg")
            String[] parts = perParameter.get(i).split("\\s*\\|\\s*", -1);
            for (int k = 0; k < tags.size(); k++) {
                out.add(parts[Math.min(k, parts.length - 1)]);
            }
        }
        return out;
    }
}
