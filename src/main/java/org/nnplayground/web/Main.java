package org.nnplayground.web;

import org.teavm.jso.JSExport;

public final class Main {
    public static void main(String[] args) {
    }

    @JSExport
    public static double probe(double x) {
        return Math.tanh(x);
    }
    record R(int a, double b) {}
    @JSExport
    public static String rec() {
        return new R(1, 2.5).toString() + new R(1,2.5).equals(new R(1,2.5));
    }
}
