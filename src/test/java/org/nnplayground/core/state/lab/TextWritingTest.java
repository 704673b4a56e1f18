package org.nnplayground.core.state.lab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nnplayground.core.data.sequence.DefaultText;
import org.nnplayground.core.train.Metrics;
import org.nnplayground.core.train.StepResult;
import org.nnplayground.core.train.TextSampler;

/** The text views' readings: loss per character and perplexity, the prefix, the probabilities and the seeded samples. */
class TextWritingTest {

    @Test
    void letterEntropyIsTheEntropyOfTheCharacterCounts() {
        assertEquals(Math.log(2), CharacterLoss.letterEntropy("abab"), 1e-12);
        assertEquals(0.0, CharacterLoss.letterEntropy("aaaa"), 0.0);
        // a: 1/2, b: 1/4, c: 1/4
        assertEquals(1.5 * Math.log(2), CharacterLoss.letterEntropy("abac"), 1e-12);
        double h = CharacterLoss.letterEntropy(DefaultText.TEXT);
        assertTrue(h > 2.5 && h < Math.log(27), "the default text: " + h);
    }

    @Test
    void lossPerCharacterIsTheWindowsLossOverItsLengthAndPerplexityItsExp() {
        StepResult r = new StepResult(3, 0, new Metrics(50.0, 0.5, 10), new Metrics(75.0, 0.4, 2), null);
        CharacterLoss l = CharacterLoss.of(r, 25);
        assertEquals(2.0, l.train(), 0.0);
        assertEquals(3.0, l.test(), 0.0);
        assertEquals(Math.exp(2.0), l.trainPerplexity(), 1e-12);
        assertEquals(Math.exp(3.0), l.testPerplexity(), 1e-12);
        CharacterLoss noTest = CharacterLoss.of(new StepResult(3, 0, new Metrics(50.0, 0.5, 10), new Metrics(0, 0, 0), null), 25);
        assertFalse(noTest.hasTest());
        assertTrue(Double.isNaN(noTest.testPerplexity()));
        LabSession session = new LabSession(LabState.defaultFor("text", 1));
        assertEquals(session.last().train().loss() / 25, CharacterLoss.of(session).train(), 0.0);
    }

    @Test
    void theDefaultPrefixIsTheStartOfTheTextEndingOnAWord() {
        assertEquals("a network ", TextWriting.defaultPrefix(DefaultText.TEXT));
        assertEquals("abcdefghijkl", TextWriting.defaultPrefix("abcdefghijklmnop"));
        assertEquals("ab", TextWriting.defaultPrefix("abc"));
        assertEquals("a", TextWriting.defaultPrefix("ab"));
    }

    @Test
    void theSameRunAtTheSameEpochWritesTheSameSample() {
        LabSession a = new LabSession(LabState.defaultFor("text", 1));
        LabSession b = new LabSession(LabState.defaultFor("text", 1));
        a.stepEpochs(1);
        b.stepEpochs(1);
        String first = TextWriting.sample(a, 0.8, 0);
        assertEquals(TextWriting.SAMPLE_LENGTH, first.length());
        assertEquals(first, TextWriting.sample(b, 0.8, 0));
        assertEquals(first, TextWriting.sample(a, 0.8, 0), "reading changes nothing");
        assertNotEquals(first, TextWriting.sample(a, 0.8, 1), "another draw");
        assertNotEquals(first, TextWriting.sample(a, 2.0, 0), "another temperature");
        b.stepEpochs(1);
        assertNotEquals(first, TextWriting.sample(b, 0.8, 0), "another epoch");
        assertArrayEquals(TextWriting.probabilities(a, "the "), TextWriting.probabilities(a, "the "), 0.0);
        assertEquals(TextWriting.vocabulary(a).size(), TextWriting.probabilities(a, "the ").length);
        assertThrows(IllegalArgumentException.class, () -> TextWriting.sample(a, 0.0, 0));
        assertEquals("The prefix has 'Z', which the text does not have",
                assertThrows(IllegalArgumentException.class, () -> TextWriting.probabilities(a, "Zebra")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> TextWriting.probabilities(a, ""));
    }

    @Test
    void aTextOfTheReadersOwnIsReadAndOneTooShortIsRefusedWithItsSentence() {
        LabState state = LabState.defaultFor("text", 1);
        SequenceModel m = (SequenceModel) state.model();
        LabSession session = new LabSession(state.withModel(m.withData(m.data().withText("to be or not to be, that is the question"))));
        assertEquals("to be or ", TextWriting.defaultPrefix(TextWriting.text(session)));
        assertEquals("to be or not to be, that is the question", TextWriting.text(session));
        assertEquals(TextWriting.vocabulary(session).size(), TextWriting.probabilities(session, "to be").length);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> m.withData(m.data().withText("too short")));
        assertEquals("Sequence length: 25 is not allowed for a text of 9 characters; use 1 to 8", e.getMessage());
        assertEquals(DefaultText.TEXT, m.withData(m.data().withText("")).data().textShown());
        assertFalse(TextWriting.isText(new LabSession(LabState.defaultFor("echo", 1))));
        assertThrows(IllegalArgumentException.class, () -> TextWriting.text(new LabSession(LabState.defaultFor("echo", 1))));
    }

    @Test
    void aSampleWrittenOverManyCallsIsTheSampleWrittenAtOnceWhileTheRunTrainsOn() {
        LabSession session = new LabSession(LabState.defaultFor("text", 1));
        LabSession plain = new LabSession(LabState.defaultFor("text", 1));
        session.stepEpochs(1);
        plain.stepEpochs(1);
        String atOnce = TextWriting.sample(session, 0.8, 2);
        TextSampler.Writing writing = TextWriting.beginSample(session, 0.8, 2);
        int calls = 0;
        while (!writing.advance(7)) {
            calls++;
            assertTrue(atOnce.startsWith(writing.text()), "the characters so far begin the sample");
            session.stepEpochs(1); // trains through the session's own network between two calls
            plain.stepEpochs(1);
        }
        assertTrue(calls > 20, "written over many calls: " + calls);
        assertEquals(atOnce, writing.text());
        assertTrue(writing.done());
        assertEquals(plain.trainer().network().fingerprint().hex(), session.trainer().network().fingerprint().hex(),
                "writing over calls changes nothing of the run");
        assertThrows(IllegalArgumentException.class, () -> TextWriting.beginSample(session, 99, 0));
    }
}
