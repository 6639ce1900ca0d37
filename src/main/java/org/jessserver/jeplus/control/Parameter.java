package org.jessserver.jeplus.control;

import java.util.List;

/**
 * One parameter of a project: its id, its tags (several when its search string has {@code |}), its type, its alt
 * values as jEPlus lists them (an {@code @calc} value is the single {@code ?=...} text), the selected value (0: all,
 * k: the k-th only) and, when its values string starts with {@code @sample}, the distribution a Latin hypercube
 * stratifies (else null).
 */
public record Parameter(String id, List<String> tags, ParamType type, List<String> values, int selected,
        Distribution sample) {

    public Parameter {
        tags = List.copyOf(tags);
        values = List.copyOf(values);
    }

    /** True for a value computed per case ({@code @calc}): one alt value that is a formula. */
    public boolean isFormula() {
        return values.size() == 1 && values.get(0).startsWith("?=");
    }
}
