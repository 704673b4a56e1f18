package org.nnplayground.core.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link Speed}: its ids (the form links use), its words, and the slow speeds the menu offers. */
class SpeedTest {
    @Test
    void everySpeedOfTheMenuReadsBackFromItsId() {
        for (Speed s : Speed.menu()) {
            assertEquals(s, Speed.byId(s.id()), s.id());
        }
        assertEquals("1", Speed.DEFAULT.id());
        assertEquals("batch", Speed.batchEvery(1).id());
        assertEquals("batch10", Speed.batchEvery(10).id());
        assertEquals("epoch10", Speed.epochEvery(10).id());
        assertEquals("1000", Speed.epochsPerFrame(5000).id(), "cut to the limit");
        assertEquals(Speed.epochsPerFrame(7), Speed.byId("7"), "a speed off the menu is still a speed");
    }

    @Test
    void theMenuStartsBelowOneEpochPerFrame() {
        assertEquals(Speed.batchEvery(30), Speed.menu().get(0));
        assertTrue(Speed.menu().contains(Speed.batchEvery(1)));
        assertTrue(Speed.menu().contains(Speed.epochEvery(10)));
        assertTrue(Speed.menu().contains(Speed.epochsPerFrame(1000)));
        assertTrue(Speed.batchEvery(1).belowOneEpochPerFrame());
        assertTrue(Speed.epochEvery(10).belowOneEpochPerFrame());
        assertTrue(!Speed.DEFAULT.belowOneEpochPerFrame());
    }

    @Test
    void labelsSayWhatAndHowOften() {
        assertEquals("1 batch / 10 frames", Speed.batchEvery(10).label());
        assertEquals("1 batch / frame", Speed.batchEvery(1).label());
        assertEquals("1 epoch / 10 frames", Speed.epochEvery(10).label());
        assertEquals("1 epoch / frame", Speed.DEFAULT.label());
        assertEquals("5 epochs / frame", Speed.epochsPerFrame(5).label());
    }

    @Test
    void idsThatNameNoSpeedGiveNull() {
        for (String bad : new String[] {null, "", "0", "01", "1001", "-1", "fast", "batch0", "batch601", "epoch1",
            "epoch", "batchx", "1.5", "99999999999"}) {
            assertNull(Speed.byId(bad), String.valueOf(bad));
        }
        assertThrows(IllegalArgumentException.class, () -> new Speed(Speed.Unit.BATCH, 2, 10));
        assertThrows(IllegalArgumentException.class, () -> Speed.batchEvery(0));
    }
}
