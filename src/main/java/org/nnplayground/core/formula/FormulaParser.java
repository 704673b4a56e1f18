package org.nnplayground.core.formula;

import org.nnplayground.core.formula.FormulaScanner.Type;

/**
 * Reads formula text into a {@link Program} by recursive descent, from the loosest binding to the
 * tightest:
 *
 * <pre>
 *   rule       := conjunction ('or' conjunction)*
 *   conjunction:= comparison ('and' comparison)*
 *   comparison := sum (('&lt;' | '&lt;=' | '&gt;' | '&gt;=' | '==' | '=' | '!=') sum)?
 *   sum        := product (('+' | '-') product)*
 *   product    := unary (('*' | '/') unary)*
 *   unary      := ('-' | '+') unary | power
 *   power      := atom ('^' unary)?            right-associative: 2^3^2 = 2^9, -2^2 = -4
 *   atom       := number | variable | pi | e | function '(' rule (',' rule)* ')' | '(' rule ')'
 * </pre>
 *
 * {@code and} and {@code or} join comparisons only; a comparison may stand in arithmetic as 1 or 0
 * ("(x &gt; 0) * x"). Nesting is limited to {@link Formula#MAX_DEPTH} levels (parentheses, signs,
 * powers and calls all count), so recursion stays shallow whatever the text.
 */
final class FormulaParser {
    private final FormulaScanner in;
    private final FormulaKind kind;
    private int[] ops = new int[16];
    private double[] operands = new double[16];
    private int length;
    private int stack;
    private int maxStack;
    private int depth;

    private FormulaParser(String text, FormulaKind kind) {
        this.kind = kind;
        this.in = new FormulaScanner(text);
    }

    /** The program of {@code text}, whose length the caller has checked. */
    static Program parse(String text, FormulaKind kind) {
        FormulaParser p = new FormulaParser(text, kind);
        if (p.in.type() == Type.END) {
            throw new FormulaException(1, "the formula is empty; type " + kind.shape() + example(kind));
        }
        boolean rule = p.rule();
        if (p.in.type() != Type.END) {
            String reason = p.in.is(")") ? "this ')' closes no '('"
                    : "expected an operator or the end, found " + p.in.describe();
            throw new FormulaException(p.in.position(), reason);
        }
        if (kind == FormulaKind.RULE && !rule) {
            throw new FormulaException(1, "a rule compares, for example x1 * x2 > 0; this formula gives a number");
        }
        int[] o = new int[p.length];
        double[] v = new double[p.length];
        System.arraycopy(p.ops, 0, o, 0, p.length);
        System.arraycopy(p.operands, 0, v, 0, p.length);
        return new Program(o, v, p.maxStack);
    }

    private static String example(FormulaKind kind) {
        switch (kind) {
            case CURVE:
                return ", for example sin(3 * x)";
            case SURFACE:
                return ", for example x1 * x2 / 10";
            default:
                return ", for example x1 * x2 > 0";
        }
    }

    /** Parses a rule or a number; returns whether it is a rule (a comparison or comparisons joined). */
    private boolean rule() {
        int start = in.position();
        boolean rule = conjunction();
        while (in.is("or")) {
            requireRule(rule, start, "or");
            in.advance();
            int right = in.position();
            requireRule(conjunction(), right, "or");
            emit(Program.OR, 0, -1);
            rule = true;
        }
        return rule;
    }

    private boolean conjunction() {
        int start = in.position();
        boolean rule = comparison();
        while (in.is("and")) {
            requireRule(rule, start, "and");
            in.advance();
            int right = in.position();
            requireRule(comparison(), right, "and");
            emit(Program.AND, 0, -1);
            rule = true;
        }
        return rule;
    }

    private void requireRule(boolean rule, int at, String word) {
        if (!rule) {
            throw new FormulaException(at, "'" + word + "' joins comparisons such as x1 > 0, not numbers");
        }
    }

    private boolean comparison() {
        boolean rule = sum();
        int op = comparisonOp();
        if (op < 0) {
            return rule;
        }
        String symbol = in.token();
        in.advance();
        expectOperand(symbol);
        sum();
        emit(op, 0, -1);
        if (comparisonOp() >= 0) {
            throw new FormulaException(in.position(), "a comparison cannot be compared again; join two with 'and'"
                    + " (0 < x1 and x1 < 1)");
        }
        return true;
    }

    private int comparisonOp() {
        if (in.type() != Type.SYMBOL) {
            return -1;
        }
        switch (in.token()) {
            case "<":
                return Program.LT;
            case "<=":
                return Program.LE;
            case ">":
                return Program.GT;
            case ">=":
                return Program.GE;
            case "=":
            case "==":
                return Program.EQ;
            case "!=":
                return Program.NE;
            default:
                return -1;
        }
    }

    private boolean sum() {
        boolean rule = product();
        while (in.is("+") || in.is("-")) {
            String symbol = in.token();
            in.advance();
            expectOperand(symbol);
            product();
            emit(symbol.equals("+") ? Program.ADD : Program.SUB, 0, -1);
            rule = false;
        }
        return rule;
    }

    private boolean product() {
        boolean rule = unary();
        while (in.is("*") || in.is("/")) {
            String symbol = in.token();
            in.advance();
            expectOperand(symbol);
            unary();
            emit(symbol.equals("*") ? Program.MUL : Program.DIV, 0, -1);
            rule = false;
        }
        return rule;
    }

    private boolean unary() {
        enter();
        try {
            if (in.is("-") || in.is("+")) {
                String symbol = in.token();
                in.advance();
                expectOperand(symbol);
                boolean rule = unary();
                if (symbol.equals("-")) {
                    emit(Program.NEG, 0, 0);
                    return false;
                }
                return rule;
            }
            return power();
        } finally {
            depth--;
        }
    }

    private boolean power() {
        boolean rule = atom();
        if (in.is("^")) {
            in.advance();
            expectOperand("^");
            unary();
            emit(Program.POW, 0, -1);
            return false;
        }
        return rule;
    }

    private boolean atom() {
        int at = in.position();
        if (in.type() == Type.NUMBER) {
            emit(Program.CONST, in.number(), 1);
            in.advance();
            return false;
        }
        if (in.is("(")) {
            in.advance();
            expectOperand("(");
            boolean rule = rule();
            close(at, "(");
            return rule;
        }
        if (in.type() == Type.NAME) {
            return name(at);
        }
        throw new FormulaException(at, "expected a number, a name or '(', found " + in.describe());
    }

    private boolean name(int at) {
        String name = in.token();
        int variable = kind.variable(name);
        if (variable >= 0) {
            emit(Program.VAR, variable, 1);
            in.advance();
            return false;
        }
        if (name.equals("pi") || name.equals("e")) {
            emit(Program.CONST, name.equals("pi") ? Math.PI : Math.E, 1);
            in.advance();
            return false;
        }
        FormulaFunction f = FormulaFunction.byName(name);
        if (f == null) {
            throw new FormulaException(at, unknownName(name));
        }
        in.advance();
        if (!in.is("(")) {
            throw new FormulaException(in.position(), name + " needs its argument in parentheses: " + name
                    + (f.arity() == 2 ? "(a, b)" : "(...)"));
        }
        int open = in.position();
        in.advance();
        int args = 0;
        while (true) {
            expectOperand(args == 0 ? "(" : ",");
            rule();
            args++;
            if (!in.is(",")) {
                break;
            }
            in.advance();
        }
        if (args != f.arity()) {
            throw new FormulaException(at, name + " takes " + f.arity() + (f.arity() == 1 ? " argument" : " arguments")
                    + ", found " + args);
        }
        close(open, "(");
        emit(Program.CALL, f.ordinal(), 1 - f.arity());
        return false;
    }

    private String unknownName(String name) {
        if (name.equals("x") || name.equals("x1") || name.equals("x2")) {
            return kind.shape() + " uses " + kind.variableList() + "; there is no " + name + " here";
        }
        if (name.equals("and") || name.equals("or")) {
            return "'" + name + "' needs a comparison before it";
        }
        return "unknown name '" + FormulaScanner.shown(name) + "'; known are " + kind.variableList() + ", pi, e and "
                + FormulaFunction.names();
    }

    private void close(int open, String what) {
        if (!in.is(")")) {
            String found = in.type() == Type.END ? "the end" : in.describe();
            throw new FormulaException(in.position(), "expected ')' to close the '" + what + "' at " + open
                    + ", found " + found);
        }
        in.advance();
    }

    /** Fails with "expected a number ... after 'symbol'" unless an operand can start here. */
    private void expectOperand(String after) {
        if (in.type() == Type.NUMBER || in.type() == Type.NAME && !in.is("and") && !in.is("or")
                || in.is("(") || in.is("-") || in.is("+")) {
            return;
        }
        throw new FormulaException(in.position(), "expected a number, a name or '(' after '" + after + "'"
                + (in.type() == Type.END ? "" : ", found " + in.describe()));
    }

    private void enter() {
        if (++depth > Formula.MAX_DEPTH) {
            throw new FormulaException(in.position(), "the formula is nested more than " + Formula.MAX_DEPTH
                    + " levels deep");
        }
    }

    /** Appends a step that changes the stack's height by {@code push}. */
    private void emit(int op, double operand, int push) {
        if (length == ops.length) {
            int[] o = new int[length * 2];
            double[] v = new double[length * 2];
            System.arraycopy(ops, 0, o, 0, length);
            System.arraycopy(operands, 0, v, 0, length);
            ops = o;
            operands = v;
        }
        ops[length] = op;
        operands[length] = operand;
        length++;
        stack += push;
        maxStack = Math.max(maxStack, stack);
    }
}
