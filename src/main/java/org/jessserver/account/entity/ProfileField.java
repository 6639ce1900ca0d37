package org.jessserver.account.entity;

/** The JESS profile fields of an account that its user edits, by their JESS (JSON and column) names. */
public enum ProfileField {
    TITLE("title"),
    FIRST_NAME("firstname"),
    MIDDLE_NAME("middlename"),
    SURNAME("surname"),
    NICKNAME("nickname"),
    POSITION("position"),
    COMPANY("company"),
    TELEPHONE("tel"),
    ADDRESS("address"),
    POSTCODE("postcode"),
    COUNTRY("country"),
    WEBSITE("website"),
    TWITTER("twitter"),
    LINKEDIN("linkedin");

    private final String jsonName;

    ProfileField(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }
}
