package org.nnplayground.web;

/** Starts the playground on the page that loaded the build. */
final class PageBoot {
    private PageBoot() {
    }

    static void start() {
    }
}
