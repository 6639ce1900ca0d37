package org.jessserver.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Map;
import org.jessserver.account.entity.Account;
import org.jessserver.account.entity.ProfileField;
import org.jessserver.platform.control.InvalidRequestException;
import org.junit.jupiter.api.Test;

class AccountEditTest {

    private static final Account ME = new Account("Me@Example.org", "me", "hash", false, 1234L);

    private static AccountEdit parse(String json) {
        return AccountEdit.parse(object(json), ME);
    }

    private static JsonObject object(String json) {
        return Json.createReader(new StringReader(json.replace('\'', '"'))).readObject();
    }

    private static String refusal(String json) {
        return assertThrows(InvalidRequestException.class, () -> parse(json)).getMessage();
    }

    @Test
    void givenFieldsAreChangedAndAbsentOrNullOnesLeftAlone() {
        AccountEdit e = parse("{'title':'Dr','tel':'+44 1','firstname':null,'surname':''}");
        assertEquals(Map.of(ProfileField.TITLE, "Dr", ProfileField.TELEPHONE, "+44 1", ProfileField.SURNAME, ""),
                e.profile());
        assertFalse(e.changesPassword());
    }

    @Test
    void emptyBodyChangesNothing() {
        AccountEdit e = parse("{}");
        assertTrue(e.profile().isEmpty());
        assertNull(e.password());
    }

    @Test
    void everyProfileFieldIsKnownByItsJessName() {
        for (ProfileField f : ProfileField.values()) {
            assertEquals(Map.of(f, "x"), parse("{'" + f.jsonName() + "':'x'}").profile());
        }
    }

    @Test
    void userIsAnotherNameForTheNicknameWhichIsTrimmed() {
        assertEquals(Map.of(ProfileField.NICKNAME, "Jo"), parse("{'user':' Jo '}").profile());
        assertEquals(Map.of(ProfileField.NICKNAME, "Jo"), parse("{'user':'Jo','nickname':'Jo'}").profile());
        assertTrue(refusal("{'user':'Jo','nickname':'Al'}").contains("'user' and 'nickname'"));
        assertTrue(refusal("{'nickname':'  '}").contains("'nickname' must not be blank"));
    }

    @Test
    void textsOfAtMost200CharactersAreTaken() {
        assertEquals("a".repeat(200), parse("{'address':'" + "a".repeat(200) + "'}").profile().get(ProfileField.ADDRESS));
        assertEquals("Field 'address' is too long: at most 200 characters",
                refusal("{'address':'" + "a".repeat(201) + "'}"));
    }

    @Test
    void nonStringValuesAreRefusedNamingTheField() {
        assertEquals("Field 'company' must be a string or null", refusal("{'company':42}"));
        assertEquals("Field 'website' must be a string or null", refusal("{'website':['a']}"));
        assertEquals("Field 'password' must be a string or null", refusal("{'password':true,'current_password':'x'}"));
    }

    @Test
    void unknownFieldsAreRefusedNamingEachOfThem() {
        String m = refusal("{'title':'Dr','colour':'red','age':3}");
        assertTrue(m.startsWith("Unknown field(s) 'age', 'colour':"), m);
    }

    @Test
    void emailRoleAndOurFieldsAreRefusedWhenChanged() {
        assertEquals("Field 'email' is not the user's to change", refusal("{'email':'other@example.org'}"));
        assertEquals("Field 'role' is not the user's to change", refusal("{'role':'admin'}"));
        assertEquals("Field 'enabled' is not the user's to change", refusal("{'enabled':false}"));
        assertEquals("Field 'created' is not the user's to change", refusal("{'created':1}"));
        assertEquals("Field 'email' is not the user's to change", refusal("{'email':7}"));
    }

    @Test
    void emailRoleAndOurFieldsAreAcceptedWithTheirPresentValues() {
        // what GET /user gave may be sent back with a change
        AccountEdit e = parse("{'email':'me@example.ORG','role':'user','enabled':true,'created':1234,'id':null,"
                + "'user':'me','title':'Ms'}");
        assertEquals(Map.of(ProfileField.NICKNAME, "me", ProfileField.TITLE, "Ms"), e.profile());
    }

    @Test
    void aNewPasswordNeedsTheCurrentOneAndEightCharacters() {
        AccountEdit e = parse("{'password':'new-secret','current_password':'old'}");
        assertEquals(new AccountEdit.PasswordChange("new-secret", "old"), e.password());
        assertEquals("Field 'current_password' is required to change the password", refusal("{'password':'new-secret'}"));
        assertEquals("Field 'current_password' is required to change the password",
                refusal("{'password':'new-secret','current_password':null}"));
        assertEquals("Password must have at least 8 characters", refusal("{'password':'short','current_password':'old'}"));
        assertTrue(refusal("{'current_password':'old'}").contains("goes with 'password'"));
        assertFalse(parse("{'password':null}").changesPassword());
    }
}
