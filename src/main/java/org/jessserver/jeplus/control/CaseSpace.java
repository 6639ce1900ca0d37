package org.jessserver.jeplus.control;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The full case space of a project (jeplus.md §4): weather × template × P0 × … × Pn in mixed radix, weather the
 * most significant digit and Pn the fastest. Decodes a global index into its case lazily, without enumerating.
 */
public final class CaseSpace {

    /** ALL ids switch from the full form to the padded index form above this many parameters (§4.3). */
    static final int FULL_FORM_MAX_PARAMETERS = 6;

    private final Project project;
    private final int[] radices;
    private final BigInteger count;
    private final boolean fitsLong;

    public CaseSpace(Project project) {
        this.project = project;
        List<Parameter> parameters = project.parameters();
        radices = new int[2 + parameters.size()];
        radices[0] = project.weathers().size();
        radices[1] = project.templates().size();
        for (int p = 0; p < parameters.size(); p++) {
            Parameter parameter = parameters.get(p);
            if (parameter.selected() > parameter.values().size() || parameter.selected() < 0) {
                throw new IllegalArgumentException("parameter " + parameter.id() + " selects value "
                        + parameter.selected() + " of " + parameter.values().size());
            }
            radices[2 + p] = parameter.selected() > 0 ? 1 : parameter.values().size();
        }
        BigInteger product = BigInteger.ONE;
        for (int radix : radices) {
            product = product.multiply(BigInteger.valueOf(radix));
        }
        count = product;
        fitsLong = count.bitLength() < Long.SIZE;
    }

    public Project project() {
        return project;
    }

    /** The radices in significance order: weather, template, then one per parameter (1 for a fixed one). */
    public int[] radices() {
        return radices.clone();
    }

    /** The ALL count, exact however large. */
    public BigInteger count() {
        return count;
    }

    /** The case at global index {@code g} (0 ≤ g < count) with its ALL id (§4.3). */
    public JeplusCase decode(long g) {
        return decode(BigInteger.valueOf(g));
    }

    /** The case at global index {@code g} with its ALL id: the full form up to 6 parameters, else padded. */
    public JeplusCase decode(BigInteger g) {
        int[] digits = digits(g);
        String id = project.parameters().size() <= FULL_FORM_MAX_PARAMETERS ? fullId(digits)
                : project.batchId() + String.format("%09d", g);
        return caseOf(id, digits);
    }

    /** The case at global index {@code g} with its full-form id, as SHUFFLE names it. */
    public JeplusCase decodeFullForm(BigInteger g) {
        int[] digits = digits(g);
        return caseOf(fullId(digits), digits);
    }

    /** Mixed-radix digits of g: weather, template, then the radix digit of each parameter (0 when fixed). */
    public int[] digits(BigInteger g) {
        if (g.signum() < 0 || g.compareTo(count) >= 0) {
            throw new IndexOutOfBoundsException("case index " + g + " outside 0.." + count.subtract(BigInteger.ONE));
        }
        int[] digits = new int[radices.length];
        if (fitsLong) {
            long rest = g.longValue();
            for (int d = radices.length - 1; d >= 0; d--) {
                digits[d] = (int) (rest % radices[d]);
                rest /= radices[d];
            }
            return digits;
        }
        BigInteger rest = g;
        for (int d = radices.length - 1; d >= 0; d--) {
            BigInteger[] qr = rest.divideAndRemainder(BigInteger.valueOf(radices[d]));
            digits[d] = qr[1].intValue();
            rest = qr[0];
        }
        return digits;
    }

    /** The 0-based value index of parameter p for a radix digit: a fixed parameter k always uses k-1. */
    int valueIndex(int p, int digit) {
        int selected = project.parameters().get(p).selected();
        return selected > 0 ? selected - 1 : digit;
    }

    /** {@code B-T_<i>-W_<j>-<ID0>_<v0>-…}: the full form, template before weather (§4.3). */
    String fullId(int[] digits) {
        StringBuilder id = new StringBuilder(project.batchId()).append("-T_").append(digits[1]).append("-W_")
                .append(digits[0]);
        List<Parameter> parameters = project.parameters();
        for (int p = 0; p < parameters.size(); p++) {
            id.append('-').append(parameters.get(p).id()).append('_').append(valueIndex(p, digits[2 + p]));
        }
        return id.toString();
    }

    private JeplusCase caseOf(String id, int[] digits) {
        int[] valueIndices = new int[digits.length - 2];
        for (int p = 0; p < valueIndices.length; p++) {
            valueIndices[p] = valueIndex(p, digits[2 + p]);
        }
        return caseOf(project, id, digits[0], digits[1], valueIndices);
    }

    /** A case from a weather index, a template index and one alt-value index per parameter. */
    static JeplusCase caseOf(Project project, String id, int weather, int template, int[] valueIndices) {
        List<Parameter> parameters = project.parameters();
        List<String> perParameter = new ArrayList<>(parameters.size());
        for (int p = 0; p < parameters.size(); p++) {
            perParameter.add(parameters.get(p).values().get(valueIndices[p]));
        }
        return new JeplusCase(id, project.weathers().get(weather), project.templates().get(template),
                spread(parameters, perParameter));
    }

    /**
     * {@link TagValues#spread}, skipped when every parameter has one tag and no value a {@code |}: then each value
     * is its tag's value, and the regex split per value is most of the time a streamed case costs.
     */
    static List<String> spread(List<Parameter> parameters, List<String> perParameter) {
        for (int p = 0; p < parameters.size(); p++) {
            if (parameters.get(p).tags().size() != 1 || perParameter.get(p).indexOf('|') >= 0) {
                return TagValues.spread(parameters, perParameter);
            }
        }
        return perParameter;
    }
}
