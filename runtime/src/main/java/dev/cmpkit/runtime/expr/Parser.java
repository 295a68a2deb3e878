package dev.cmpkit.runtime.expr;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Recursive-descent parser of one input into an immutable tree, one method per precedence level
 * (in the manner of jlox), lowest first:
 *
 * <pre>
 * ternary     → sum "if" sum relop sum "else" sum            (relop includes ==)
 * caseExpr    → "CASE" ("WHEN" disjunction "THEN" sum)+ ("ELSE" sum)? "END"
 * disjunction → conjunction ("or" conjunction)*               (CASE conditions only)
 * conjunction → negation ("and" negation)*
 * negation    → "not"* comparison
 * comparison  → sum (relop sum)?                              (relop excludes ==)
 * sum         → product (("+" | "-") product)*
 * product     → power (("*" | "/") power)*
 * power       → unary ("^" power)?                            (right-associative)
 * unary       → ("+" | "-")* primary
 * primary     → NUMBER | IDENTIFIER | "NULL" | "(" inner ")" | caseExpr
 * </pre>
 *
 * <p>Inside a CASE condition a parenthesis may hold a condition ({@code (a = 1) or b > 2}) or
 * arithmetic ({@code (a + 1) > 2}); the parser cannot tell which before the closing
 * parenthesis, so there {@code inner} is a disjunction and the kind of each node is checked
 * where an operator consumes it. Elsewhere {@code inner} is a sum. Whether the parser is inside
 * a CASE condition is its state ({@code inCaseCondition}), set by {@code caseCondition()} and
 * cleared by {@code arithmetic()} for the arithmetic nested in a condition.
 *
 * <p>Recursion happens only for parentheses, CASE and the right operand of {@code ^}; each
 * counts as one nesting level, limited to {@value #MAX_NESTING}, so deep input ends in a syntax
 * error rather than a stack overflow. Same-level chains ({@code 1+1+...}, {@code and},
 * {@code or}, runs of signs or NOTs) are loops that build flat nodes (or, for up to
 * {@value #MAX_TREE_CHAIN} operators, a few binary nodes), so the tree is never deeper than a
 * small multiple of the nesting and evaluation stays within the stack too.
 */
final class Parser {
    static final int MAX_NESTING = 128;

    /**
     * Same-level chains of at most this many operators become left-deep trees of one node per
     * operator, which the JIT compiles best; longer ones become one flat {@link Num.Chain}, so
     * the tree's depth stays within a small multiple of the nesting.
     */
    static final int MAX_TREE_CHAIN = 3;

    private static final String RELOPS = "=, !=, <, <=, >, >=";

    private final String source;
    private final Grammar grammar;
    private final Lexer lexer;
    private final Set<String> variables = new LinkedHashSet<>();
    private Token current;
    private Token previous;
    private int nesting;
    /** True while parsing a CASE condition, where parentheses may hold conditions. */
    private boolean inCaseCondition;

    private Parser(String source, Grammar grammar) {
        this.source = source;
        this.grammar = grammar;
        this.lexer = new Lexer(source);
    }

    static Expression parse(String source, Grammar grammar) {
        if (source == null) {
            throw new ExpressionSyntaxException(null, 0, "null", "an expression");
        }
        Parser parser = new Parser(source, grammar);
        try {
            return parser.parse();
        } catch (StackOverflowError e) {
            // Only reachable on a thread with a very small stack: the nesting limit keeps the
            // recursion to a few thousand frames. The parser's state is discarded either way.
            Token at = parser.current == null ? new Token(TokenType.EOF, 0, 0) : parser.current;
            throw new ExpressionSyntaxException(
                    source,
                    at.start(),
                    parser.describe(at),
                    "less deeply nested input (this thread's stack is too small for it)");
        }
    }

    private Expression parse() {
        advance();
        if (check(TokenType.EOF)) {
            throw error(current, source.isEmpty() ? "empty input" : "blank input", "an expression");
        }
        String operatorOrEnd = "an operator or end of input";
        Num root = switch (grammar) {
            case TERNARY -> {
                Num whenTrue = arithmetic();
                consume(TokenType.IF, "an operator or 'if' (a ternary is: value if condition else value)");
                yield atEnd(ternary(whenTrue), operatorOrEnd);
            }
            case SIMPLE -> {
                Num value = arithmetic();
                yield match(TokenType.IF)
                        ? atEnd(ternary(value), operatorOrEnd)
                        : atEnd(value, "an operator, 'if' or end of input");
            }
            case CASE -> {
                if (!check(TokenType.CASE)) {
                    throw error(current, "'CASE' (the input must be one CASE ... END expression)");
                }
                yield atEnd(caseExpression(), "end of input after 'END'");
            }
            case ARITHMETIC -> atEnd(arithmetic(), operatorOrEnd);
        };
        return new Expression(source, root, List.copyOf(variables));
    }

    /** The whole input's expression, or a syntax error if anything follows it. */
    private Num atEnd(Num root, String expected) {
        consume(TokenType.EOF, expected);
        return root;
    }

    // ---- ternary and CASE

    /** The rest of {@code whenTrue if left relop right else whenFalse}, after "if". */
    private Num ternary(Num whenTrue) {
        Num left = arithmetic();
        Relation relation = Relation.of(current.type());
        if (relation == null) {
            throw error(current, "an operator or a comparison operator (==, " + RELOPS + ")");
        }
        Token operator = advance();
        Num right = arithmetic();
        consume(TokenType.ELSE, "an operator or 'else'");
        Num whenFalse = arithmetic();
        return new Num.Ternary(relation.node(left, right, operator.start()), whenTrue, whenFalse);
    }

    private Num caseExpression() {
        Token caseToken = advance();
        enter(caseToken);
        List<Cond> conditions = new ArrayList<>();
        List<Num> values = new ArrayList<>();
        if (!check(TokenType.WHEN)) {
            throw error(current, "'WHEN' after 'CASE'");
        }
        while (match(TokenType.WHEN)) {
            conditions.add(caseCondition());
            consume(TokenType.THEN, "'and', 'or' or 'THEN' after the condition");
            values.add(arithmetic());
        }
        Num otherwise = null;
        if (match(TokenType.ELSE)) {
            otherwise = arithmetic();
            consume(TokenType.END, "an operator or 'END' to close 'CASE' at position " + caseToken.start());
        } else {
            consume(
                    TokenType.END,
                    "an operator, 'WHEN', 'ELSE' or 'END' to close 'CASE' at position " + caseToken.start());
        }
        nesting--;
        return new Num.Case(conditions.toArray(new Cond[0]), values.toArray(new Num[0]), otherwise);
    }

    // ---- conditions (CASE only)

    /** One condition after "WHEN"; parentheses in it may hold conditions too. */
    private Cond caseCondition() {
        // No need to restore on a syntax error: it ends the parse and this parser with it.
        boolean outer = inCaseCondition;
        inCaseCondition = true;
        Cond condition = condition(disjunction());
        inCaseCondition = outer;
        return condition;
    }

    private Node disjunction() {
        return logical(this::conjunction, TokenType.OR, Cond.Any::new);
    }

    private Node conjunction() {
        return logical(this::negation, TokenType.AND, Cond.All::new);
    }

    /** One level of {@code and} or {@code or}: a run of operands becomes one flat node. */
    private Node logical(Supplier<Node> operand, TokenType operator, Function<Cond[], Cond> node) {
        Node first = operand.get();
        if (!check(operator)) {
            return first;
        }
        List<Cond> operands = new ArrayList<>();
        operands.add(condition(first));
        while (match(operator)) {
            operands.add(condition(operand.get()));
        }
        return node.apply(operands.toArray(new Cond[0]));
    }

    private Node negation() {
        int nots = 0;
        while (match(TokenType.NOT)) {
            nots++;
        }
        Node operand = comparison();
        if (nots == 0) {
            return operand;
        }
        Cond condition = condition(operand);
        return nots % 2 == 1 ? new Cond.Not(condition) : condition;
    }

    private Node comparison() {
        Token leftStart = current;
        Node left = sum();
        if (check(TokenType.EQUAL_EQUAL)) {
            throw error(current, "'=' (CASE conditions compare with '=', not '==')");
        }
        Relation relation = Relation.of(current.type());
        if (relation == null) {
            return left;
        }
        Num l = number(left, leftStart);
        Token operator = advance();
        Token rightStart = current;
        Num r = number(sum(), rightStart);
        return relation.node(l, r, operator.start());
    }

    // ---- arithmetic

    /**
     * A whole arithmetic expression, where no condition can occur: outside CASE conditions, or
     * nested in one as a THEN value, a parenthesis that cannot hold a condition or a CASE.
     */
    private Num arithmetic() {
        boolean outer = inCaseCondition;
        inCaseCondition = false;
        Token start = current;
        Num sum = number(sum(), start);
        inCaseCondition = outer;
        return sum;
    }

    private Node sum() {
        return leftAssociative(this::product, TokenType.PLUS, TokenType.MINUS);
    }

    private Node product() {
        return leftAssociative(this::power, TokenType.STAR, TokenType.SLASH);
    }

    /**
     * One left-associative level: operands of the next level joined by either of two operators.
     * A few operators become a left-deep tree of binary nodes; a longer chain becomes one flat
     * node, so that {@code 1+1+...+1} does not build a tree as deep as the input is long.
     */
    private Node leftAssociative(Supplier<Node> operand, TokenType oneOperator, TokenType otherOperator) {
        Token firstStart = current;
        Node first = operand.get();
        if (!check(oneOperator, otherOperator)) {
            return first;
        }
        List<Num> operands = new ArrayList<>();
        List<Token> operators = new ArrayList<>();
        operands.add(number(first, firstStart));
        while (match(oneOperator, otherOperator)) {
            operators.add(previous);
            Token operandStart = current;
            operands.add(number(operand.get(), operandStart));
        }
        if (operators.size() <= MAX_TREE_CHAIN) {
            Num result = operands.get(0);
            for (int i = 0; i < operators.size(); i++) {
                Token operator = operators.get(i);
                result = Operator.of(operator.type()).node(result, operands.get(i + 1), operator.start());
            }
            return result;
        }
        Operator[] ops = new Operator[operators.size()];
        int[] positions = new int[operators.size()];
        for (int i = 0; i < ops.length; i++) {
            ops[i] = Operator.of(operators.get(i).type());
            positions[i] = operators.get(i).start();
        }
        return new Num.Chain(operands.toArray(new Num[0]), ops, positions);
    }

    private Node power() {
        Token baseStart = current;
        Node base = unary();
        if (!check(TokenType.CARET)) {
            return base;
        }
        Num number = number(base, baseStart);
        Token operator = advance();
        enter(operator);
        Token exponentStart = current;
        Num exponent = number(power(), exponentStart);
        nesting--;
        return new Num.Power(number, exponent, operator.start());
    }

    private Node unary() {
        int signs = 0;
        Token firstMinus = null;
        int minuses = 0;
        while (match(TokenType.PLUS, TokenType.MINUS)) {
            signs++;
            if (previous.type() == TokenType.MINUS) {
                minuses++;
                firstMinus = firstMinus == null ? previous : firstMinus;
            }
        }
        Token operandStart = current;
        Node operand = primary();
        if (signs == 0) {
            return operand;
        }
        Num number = number(operand, operandStart);
        if (minuses == 0) {
            return number; // unary plus changes nothing, not even null
        }
        boolean negate = minuses % 2 == 1;
        if (number instanceof Num.Literal literal) {
            return new Num.Literal(negate ? -literal.value() : literal.value());
        }
        return new Num.Negate(number, negate, firstMinus.start());
    }

    private Node primary() {
        Token token = current;
        return switch (token.type()) {
            case NUMBER -> literal(advance());
            case NULL -> {
                advance();
                yield new Num.NullLiteral();
            }
            case IDENTIFIER -> {
                advance();
                // Interned, so that a map keyed by string literals (or other interned names)
                // finds the name by identity rather than by comparing characters.
                String name = token.text(source).intern();
                variables.add(name);
                yield new Num.Variable(name);
            }
            case LEFT_PAREN -> parenthesized(advance());
            case CASE -> {
                if (!grammar.allowsCase()) {
                    throw error(token, operandExpected() + " (CASE expressions need CaseExpressionParser)");
                }
                yield caseExpression();
            }
            default -> throw error(token, operandExpected());
        };
    }

    /** The inside of a parenthesis, after "(": a condition too if inside a CASE condition. */
    private Node parenthesized(Token open) {
        enter(open);
        Node inner = inCaseCondition ? disjunction() : arithmetic();
        String operators = inCaseCondition ? "an operator, 'and', 'or'" : "an operator";
        consume(TokenType.RIGHT_PAREN, operators + " or ')' to close '(' at position " + open.start());
        nesting--;
        return inner;
    }

    private Num literal(Token token) {
        double value = Double.parseDouble(token.text(source));
        if (!Double.isFinite(value)) {
            throw error(token, "a number within the range of a double");
        }
        return new Num.Literal(value);
    }

    // ---- kind checks

    /** The node as arithmetic, or a syntax error at its start if it is a condition. */
    private Num number(Node node, Token start) {
        if (node instanceof Num number) {
            return number;
        }
        throw new ExpressionSyntaxException(
                source,
                start.start(),
                "a condition '" + Values.abbreviate(source.substring(start.start(), previous.end())) + "'",
                "an arithmetic operand (a condition has no numeric value)");
    }

    /** The node as a condition, or a syntax error at the current token if it is arithmetic. */
    private Cond condition(Node node) {
        if (node instanceof Cond condition) {
            return condition;
        }
        throw error(current, "an operator or a comparison operator (" + RELOPS + ")");
    }

    // ---- token helpers

    private String operandExpected() {
        return grammar.allowsCase() ? "a number, a variable, NULL, '(' or CASE" : "a number, a variable, NULL or '('";
    }

    private void enter(Token token) {
        if (++nesting > MAX_NESTING) {
            throw error(
                    token,
                    "at most " + MAX_NESTING + " levels of nesting (parentheses, CASE expressions and '^' operators)");
        }
    }

    private Token advance() {
        previous = current;
        current = lexer.next();
        return previous;
    }

    private boolean check(TokenType type) {
        return current.type() == type;
    }

    private boolean check(TokenType first, TokenType second) {
        return current.type() == first || current.type() == second;
    }

    private boolean match(TokenType type) {
        if (check(type)) {
            advance();
            return true;
        }
        return false;
    }

    private boolean match(TokenType first, TokenType second) {
        if (check(first, second)) {
            advance();
            return true;
        }
        return false;
    }

    private void consume(TokenType type, String expected) {
        if (!check(type)) {
            throw error(current, expected);
        }
        advance();
    }

    private ExpressionSyntaxException error(Token token, String expected) {
        return error(token, describe(token), expected);
    }

    private ExpressionSyntaxException error(Token token, String found, String expected) {
        return new ExpressionSyntaxException(source, token.start(), found, expected);
    }

    private String describe(Token token) {
        return switch (token.type()) {
            case EOF -> "end of input";
            case INVALID -> "the character '" + token.text(source) + "'";
            default -> (token.type().isKeyword() ? "keyword '" : "'") + Values.abbreviate(token.text(source)) + "'";
        };
    }
}
