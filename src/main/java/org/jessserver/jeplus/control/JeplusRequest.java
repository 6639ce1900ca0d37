package org.jessserver.jeplus.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import org.jessserver.platform.control.InvalidRequestException;

/** The subset a client asked for (form fields or Create's caseList) and, once planned, its effective seed. */
public record JeplusRequest(String subset, String cases, List<String> caseList, Long seed) {

    public JeplusRequest {
        caseList = caseList == null ? List.of() : List.copyOf(caseList);
    }

    /** The sample size or list file names: Create's caseList, else the form's cases. */
    List<String> casesList() {
        if (!caseList.isEmpty()) {
            return caseList;
        }
        return cases == null || cases.isBlank() ? List.of() : List.of(cases.trim());
    }

    String toJson() {
        JsonObjectBuilder o = Json.createObjectBuilder();
        o.add("subset", subset == null || subset.isBlank() ? "DEFAULT" : subset.trim().toUpperCase(Locale.ROOT));
        JsonArrayBuilder c = Json.createArrayBuilder();
        casesList().forEach(c::add);
        o.add("cases", c);
        if (seed != null) {
            o.add("seed", seed);
        }
        return o.build().toString();
    }

    static JeplusRequest fromJson(String args) {
        try (JsonReader r = Json.createReader(new StringReader(args))) {
            JsonObject o = r.readObject();
            List<String> cases = o.getJsonArray("cases").getValuesAs(JsonString.class).stream()
                    .map(JsonString::getString).toList();
            Long seed = o.containsKey("seed") ? o.getJsonNumber("seed").longValue() : null;
            return new JeplusRequest(o.getString("subset"), null, cases, seed);
        } catch (JsonParsingException | ClassCastException | NullPointerException e) {
            throw new InvalidRequestException("The job's recorded arguments are not a jEPlus plan: " + args);
        }
    }
}
