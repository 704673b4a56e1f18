package org.nnplayground.core.state.lab;

import java.util.List;

/** The lessons on texts (see {@link LabLessons}). */
final class TextLessons {
    private TextLessons() {
    }

    static List<LabLesson> all() {
        return List.of(new LabLesson("tiny-lm", "A tiny language model",
                "The network reads the text one character at a time and learns to guess the next one. Watch "
                        + "the sample it writes as it trains. At first it is noise: every character is about as likely as any other, a loss "
                        + "of about 3.3 nats per character. Soon it writes the common letters and spaces, then short words of the "
                        + "text, then words in their order, while the loss falls far below the 2.8 nats that counting the letters "
                        + "alone would give. The bars show what it expects after a prefix you type. Guess the next symbol, then "
                        + "write by feeding the guesses back in: at a far larger scale, this is how language models are trained.",
                "lab=text&len=25&n=200&train=0.8&cell=lstm&h=24&emb=8&trunc=0&seed=1&lr=0.01&batch=10&opt=adam&clip=0&speed=1&sel=1"));
    }
}
