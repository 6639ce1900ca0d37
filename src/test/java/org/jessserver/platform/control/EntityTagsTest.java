package org.jessserver.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EntityTagsTest {

    private static final String TAG = EntityTags.strong("{\"status\":\"QUEUED\"}");

    @Test
    void aStrongTagIsQuotedAndFollowsTheContent() {
        assertTrue(TAG.matches("\"[0-9a-f]{32}\""), TAG);
        assertEquals(TAG, EntityTags.strong("{\"status\":\"QUEUED\"}"));
        assertNotEquals(TAG, EntityTags.strong("{\"status\":\"FINISHED\"}"));
    }

    @Test
    void noHeaderOrAnotherTagIsNoHit() {
        assertFalse(EntityTags.noneMatchHits(null, TAG));
        assertFalse(EntityTags.noneMatchHits("", TAG));
        assertFalse(EntityTags.noneMatchHits("\"0123\"", TAG));
        assertFalse(EntityTags.noneMatchHits(TAG.replace("\"", ""), TAG), "an unquoted tag is not the tag");
    }

    @Test
    void theSameTagAStarOrAListWithItAreHits() {
        assertTrue(EntityTags.noneMatchHits(TAG, TAG));
        assertTrue(EntityTags.noneMatchHits(" * ", TAG));
        assertTrue(EntityTags.noneMatchHits("\"a\", " + TAG + ",\"b\"", TAG));
    }

    @Test
    void weakComparisonIgnoresTheWeakPrefix() {
        assertTrue(EntityTags.noneMatchHits("W/" + TAG, TAG));
        assertTrue(EntityTags.noneMatchHits("\"x\" ,W/" + TAG, TAG));
    }
}
