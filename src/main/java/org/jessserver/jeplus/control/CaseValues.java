package org.jessserver.jeplus.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates a case's {@code ?=} tag values (jeplus.md §5.1 step 2): each tag of an earlier parameter is bound as
 * {@code p<m>}, m being its position in the expanded tag list. Every call has a fresh scope, so no case sees
 * another's variables.
 */
public final class CaseValues {

    static final String FORMULA_PREFIX = "?=";

    private CaseValues() {
    }

    /** The case's tag values with every formula replaced by its printed result. */
    public static List<String> evaluate(Project project, JeplusCase jeplusCase) throws CasePreparationException {
        return evaluate(project.parameters(), jeplusCase.tagValues());
    }

    /**
     * {@code tagValues} holds one raw value per tag of {@code parameters}, in order; a formula that fails is an
     * error naming its tag and text, so that a {@code ?=} never reaches a model.
     */
    public static List<String> evaluate(List<Parameter> parameters, List<String> tagValues)
            throws CasePreparationException {
        List<String> tags = parameters.stream().flatMap(p -> p.tags().stream()).toList();
        if (tags.size() != tagValues.size()) {
            throw new IllegalArgumentException(tags.size() + " tags but " + tagValues.size() + " values");
        }
        List<String> out = new ArrayList<>(tagValues);
        int first = 0;
        for (Parameter parameter : parameters) {
            for (int k = 0; k < parameter.tags().size(); k++) {
                int m = first + k;
                if (out.get(m).startsWith(FORMULA_PREFIX)) {
                    out.set(m, evaluateOne(tags, out, first, m));
                }
            }
            first += parameter.tags().size();
        }
        return out;
    }

    /** Tag {@code m}'s formula, which may use the tags before {@code earlier} (those of earlier parameters). */
    private static String evaluateOne(List<String> tags, List<String> values, int earlier, int m)
            throws CasePreparationException {
        String raw = values.get(m);
        Map<String, Object> scope = new HashMap<>();
        String expression = raw.substring(FORMULA_PREFIX.length());
        List<Integer> byLength = new ArrayList<>();
        for (int i = 0; i < earlier; i++) {
            String value = values.get(i);
            scope.put("p" + i, Formula.isNumeric(value) ? (Object) JsValues.toNumber(value) : value);
            byLength.add(i);
        }
        // longest first, so that a tag that contains a shorter one is replaced whole
        byLength.sort(Comparator.comparingInt((Integer i) -> tags.get(i).length()).reversed());
        for (int i : byLength) {
            if (!tags.get(i).isEmpty()) {
                expression = expression.replace(tags.get(i), "p" + i);
            }
        }
        expression = expression.replace("math.", "Math.");
        try {
            return Formula.evaluate(expression, scope);
        } catch (FormulaException e) {
            throw new CasePreparationException("Tag " + tags.get(m) + ": formula " + raw + " fails: " + e.getMessage(),
                    e);
        }
    }
}
