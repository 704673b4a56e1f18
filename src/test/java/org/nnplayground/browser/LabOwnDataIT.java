package org.nnplayground.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.ReducedMotion;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.data.image.AddedImages;
import org.nnplayground.core.data.image.AddedImagesText;
import org.nnplayground.core.link.LabLinks;
import org.nnplayground.core.state.lab.ImageModel;
import org.nnplayground.core.state.lab.LabSession;
import org.nnplayground.core.view.lab.DrawPad;

/**
 * The reader's own data in the sequence and image playground: a drawing added to the training set
 * with a class (the count grows, the link carries it while it fits and says when it no longer does,
 * the page trains the JVM's bits in both builds), the images and the typed text offered back after
 * a reload and deleted with one click, nothing kept by an embed, and storage that is full or refused said in words.
 */
class LabOwnDataIT extends BrowserTest {
    private static final String SHAPES = "#lab=shapes&side=16&n=40";
    private static final int EPOCHS = 3;

    private Locator key(String dataKey) {
        return page().locator("[data-key='" + dataKey + "']");
    }

    private String hash() {
        return (String) page().evaluate("() => location.hash");
    }

    private String stored() {
        return (String) page().evaluate("() => localStorage.getItem('nn-playground.lab-own-data')");
    }

    private Browser.NewContextOptions paused() {
        return new Browser.NewContextOptions().setReducedMotion(ReducedMotion.REDUCE);
    }

    /** Draws on the pad with the keyboard as {@link #drawing} does: a short L from the middle. */
    private void drawWithKeys() {
        Locator pad = page().locator(".nnp-image-pad");
        pad.focus();
        for (String k : new String[] {" ", "ArrowRight", " ", "ArrowRight", " ", "ArrowDown", " "}) {
            pad.press(k);
        }
    }

    private static DrawPad drawing() {
        DrawPad pad = new DrawPad(16);
        pad.paintCursor();
        pad.moveCursor(1, 0);
        pad.paintCursor();
        pad.moveCursor(1, 0);
        pad.paintCursor();
        pad.moveCursor(0, 1);
        pad.paintCursor();
        return pad;
    }

    private static String jvmFingerprint(String link) {
        LabSession session = new LabSession(LabLinks.decode(link).state());
        session.stepEpochs(EPOCHS);
        return session.trainer().network().fingerprint().hex();
    }

    /** The link's run replayed by the build, and the page's own run from its initial weights, are the JVM's bits. */
    private void assertTheJvmsBits(String why) {
        String link = hash();
        String expected = jvmFingerprint(link);
        assertEquals(expected, callApi("labFingerprint", link, EPOCHS), why + ": the link replayed");
        key("reset").click();
        for (int i = 0; i < EPOCHS; i++) {
            key("step").click();
        }
        assertEquals(EPOCHS, ((Number) callApi("pageLabEpoch")).intValue());
        assertEquals(expected, callApi("pageLabFingerprint"), why + ": the page's own run");
    }

    @Test
    void drawnImagesJoinTheTrainingSetTravelInTheLinkAndComeBackAfterAReloadAsTheTextDoes() {
        useContext(paused());
        open("/?build=wasm" + SHAPES);
        assertThat(key("lab-restore-offer")).hasCount(0);
        assertNull(stored(), "nothing is kept before the reader makes something");
        Locator count = key("image-added-count");
        assertThat(count).hasText("No images added: the training set has 32 generated images.");
        assertThat(key("image-remove-added")).isHidden();

        key("image-add").click();
        assertThat(page().locator(".nnp-lab-notice")).hasText("Draw a figure on the pad first, then add it with its class.");
        drawWithKeys();
        key("image-add-class").selectOption("1");
        key("image-add").click();
        assertThat(count).hasText("1 image added: the training set has 33 images.");
        AddedImages one = AddedImages.none(16).with(drawing().pixels(), 1, 4);
        assertTrue(hash().contains("&add=" + AddedImagesText.write(one) + "&"), hash());
        assertEquals(one, ((ImageModel) LabLinks.decode(hash()).state().model()).added());
        assertTrue(stored().contains("images-problem:6:shapes"), stored());
        assertThat(page().locator(".nnp-image-pad")).hasAttribute("aria-label",
                java.util.regex.Pattern.compile("pixels, empty;"));
        assertTheJvmsBits("wasm, one image added");

        // Past what a link holds (22 of 16 x 16) the link leaves them out and says so.
        for (int i = 0; i < 22; i++) {
            page().locator(".nnp-image-pad").press(" ");
            key("image-add").click();
        }
        assertThat(count).hasText("23 images added: the training set has 55 images.");
        assertThat(key("image-added-note")).hasText("23 added images are too many for a link (it holds 22 of 16 x 16"
                + " pixels): the link leaves them out, so they stay in this page only. Remove some to share them by link.");
        page().waitForFunction("() => !location.hash.includes('add=')");
        key("image-remove-last").click();
        assertThat(count).hasText("22 images added: the training set has 54 images.");
        assertThat(key("image-added-note")).isHidden();
        page().waitForFunction("() => location.hash.includes('&add=16.')");

        // A reload (into the other build) offers them back.
        open("/?build=js&load=1" + SHAPES);
        assertThat(key("lab-restore-offer")).containsText("This browser kept 22 images drawn for Shapes from your last visit");
        assertThat(count).hasText("No images added: the training set has 32 generated images.");
        key("lab-restore-images").click();
        assertThat(key("lab-restore-offer")).hasCount(0);
        assertThat(count).hasText("22 images added: the training set has 54 images.");
        assertThat(page().locator(".nnp-lab-notice")).hasText("Restored 22 images drawn for Shapes.");
        assertTheJvmsBits("js, 22 images restored");
        assertThat(key("lab-storage-forget")).isVisible();

        // Delete, in the offer: nothing is offered again.
        open("/?build=wasm&load=2" + SHAPES);
        key("lab-restore-delete").click();
        assertThat(key("lab-restore-offer")).hasCount(0);
        assertNull(stored());
        open("/?build=wasm&load=3" + SHAPES);
        assertThat(key("lab-restore-offer")).hasCount(0);

        // The typed text: kept, offered back on a page opened on another problem, restored, then deleted.
        page().evaluate("() => { location.hash = '#lab=text'; }");
        String text = "The rain in Spain stays mainly in the plain, and the plain in Spain is mainly rain.";
        key("lab-text").fill(text);
        key("lab-text-apply").click();
        page().waitForFunction("() => location.hash.includes('&text=')");
        assertTrue(stored().contains("text:" + text.length() + ":" + text), stored());
        open("/?build=wasm&load=4#lab=echo");
        assertThat(key("lab-restore-offer")).containsText("This browser kept your text of 83 characters from your last visit");
        key("lab-restore-text").click();
        assertThat(key("lab-problem")).hasValue("text");
        assertThat(key("lab-text")).hasValue(text);
        key("lab-storage-forget").click();
        assertNull(stored());
        assertThat(key("lab-storage-forget")).hasCount(0);
        assertThat(key("lab-text")).hasValue(text);
        open("/?build=wasm&load=5#lab=echo");
        assertThat(key("lab-restore-offer")).hasCount(0);

        // An embedded playground adds images as the page does, and keeps nothing in storage.
        open("/embed.html?build=wasm#lab=bars&n=60");
        drawWithKeys();
        key("image-add").click();
        assertThat(key("image-added-count")).hasText("1 image added: the training set has 49 images.");
        assertNull(stored(), "an embed keeps nothing");
        assertThat(key("lab-storage-forget")).hasCount(0);
    }

    @Test
    void fullOrRefusedStorageIsSaidAndTheImagesStayInThePage() {
        useContext(paused());
        page().addInitScript("Storage.prototype.setItem = function () {"
                + " throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };");
        open("/?build=js#lab=bars&n=60");
        drawWithKeys();
        key("image-add").click();
        assertThat(key("lab-storage-note")).hasText("Your images and text could not be kept in this browser: its storage is"
                + " full. They stay in this page until the page closes.");
        assertThat(key("image-added-count")).hasText("1 image added: the training set has 49 images.");
        key("step").click();
        assertEquals(1, ((Number) callApi("pageLabEpoch")).intValue());
        assertFalse(hash().isEmpty());

        // Storage that refuses (as a private window or a setting does), on the same page: said, and the page goes on.
        page().evaluate("() => { Storage.prototype.setItem = function () {"
                + " throw new DOMException('The operation is insecure.', 'SecurityError'); }; }");
        page().locator(".nnp-image-pad").press(" ");
        key("image-add").click();
        assertThat(key("image-added-count")).hasText("2 images added: the training set has 50 images.");
        assertThat(key("lab-storage-note")).hasText("Your images and text cannot be kept in this browser: it refuses"
                + " storage here (a private window or a setting). They stay in this page until the page closes.");
        key("step").click();
        assertEquals(2, ((Number) callApi("pageLabEpoch")).intValue());
    }
}
