namespace SupervisionModels.Declarative.Expressions;

/// <summary>
/// A recursive-descent parser of conditions. Precedence, loosest first: <c>or</c>, <c>and</c>, <c>not</c>,
/// comparisons with <c>in</c> and <c>is [not] null</c>, <c>+ -</c>, <c>* /</c>, unary minus, then names, members,
/// parameters, literals, calls and parentheses.
/// </summary>
public sealed class ExpressionParser
{
    private static readonly HashSet<string> Comparisons = ["==", "!=", "<", "<=", ">", ">="];
    private readonly IReadOnlyList<Token> _tokens;
    private int _next;

    private ExpressionParser(IReadOnlyList<Token> tokens)
    {
        _tokens = tokens;
    }

    /// <summary>Parses <paramref name="text"/>; throws <see cref="ExpressionSyntaxException"/> with the offset of the problem.</summary>
    public static Syntax Parse(string text)
    {
        var parser = new ExpressionParser(Tokenizer.Tokenize(text));
        if (parser.Peek.Kind == TokenKind.End)
        {
            throw new ExpressionSyntaxException(0, "the expression is empty");
        }

        var result = parser.Or();
        if (parser.Peek.Kind != TokenKind.End)
        {
            throw new ExpressionSyntaxException(parser.Peek.Offset, $"unexpected '{parser.Peek.Text}' after a complete expression");
        }

        return result;
    }

    private Token Peek => _tokens[_next];

    private Token Take() => _tokens[_next++];

    private bool IsWord(string word) => Peek.Kind == TokenKind.Identifier && Peek.Text == word;

    private bool IsSymbol(string symbol) => Peek.Kind == TokenKind.Symbol && Peek.Text == symbol;

    private Token Expect(string symbol)
    {
        if (!IsSymbol(symbol))
        {
            throw new ExpressionSyntaxException(Peek.Offset, $"expected '{symbol}' but found {Describe(Peek)}");
        }

        return Take();
    }

    private Syntax Or()
    {
        var left = And();
        while (IsWord("or"))
        {
            var op = Take();
            left = new BinarySyntax(op.Offset, "or", left, And());
        }

        return left;
    }

    private Syntax And()
    {
        var left = Not();
        while (IsWord("and"))
        {
            var op = Take();
            left = new BinarySyntax(op.Offset, "and", left, Not());
        }

        return left;
    }

    private Syntax Not()
    {
        if (IsWord("not"))
        {
            var op = Take();
            return new UnarySyntax(op.Offset, "not", Not());
        }

        return Comparison();
    }

    private Syntax Comparison()
    {
        var left = Additive();
        if (Peek.Kind == TokenKind.Symbol && Comparisons.Contains(Peek.Text))
        {
            var op = Take();
            return new BinarySyntax(op.Offset, op.Text, left, Additive());
        }

        if (IsWord("is"))
        {
            var op = Take();
            var negated = false;
            if (IsWord("not"))
            {
                Take();
                negated = true;
            }

            if (!IsWord("null"))
            {
                throw new ExpressionSyntaxException(Peek.Offset, $"expected 'null' after 'is' but found {Describe(Peek)}");
            }

            Take();
            return new IsNullSyntax(op.Offset, left, negated);
        }

        if (IsWord("in") || (IsWord("not") && _tokens[_next + 1] is { Kind: TokenKind.Identifier, Text: "in" }))
        {
            var op = Take();
            var negated = op.Text == "not";
            if (negated)
            {
                Take();
            }

            Expect("[");
            var items = new List<Syntax>();
            if (!IsSymbol("]"))
            {
                items.Add(Additive());
                while (IsSymbol(","))
                {
                    Take();
                    items.Add(Additive());
                }
            }

            Expect("]");
            if (items.Count == 0)
            {
                throw new ExpressionSyntaxException(op.Offset, "the list after 'in' is empty");
            }

            return new InSyntax(op.Offset, left, items, negated);
        }

        return left;
    }

    private Syntax Additive()
    {
        var left = Multiplicative();
        while (IsSymbol("+") || IsSymbol("-"))
        {
            var op = Take();
            left = new BinarySyntax(op.Offset, op.Text, left, Multiplicative());
        }

        return left;
    }

    private Syntax Multiplicative()
    {
        var left = Unary();
        while (IsSymbol("*") || IsSymbol("/"))
        {
            var op = Take();
            left = new BinarySyntax(op.Offset, op.Text, left, Unary());
        }

        return left;
    }

    private Syntax Unary()
    {
        if (IsSymbol("-"))
        {
            var op = Take();
            return new UnarySyntax(op.Offset, "-", Unary());
        }

        return Postfix();
    }

    private Syntax Postfix()
    {
        var target = Primary();
        while (IsSymbol("."))
        {
            Take();
            var member = Take();
            if (member.Kind != TokenKind.Identifier)
            {
                throw new ExpressionSyntaxException(member.Offset, $"expected a column name after '.' but found {Describe(member)}");
            }

            target = new MemberSyntax(target.Offset, target, member.Text, member.Offset);
        }

        return target;
    }

    private Syntax Primary()
    {
        var token = Take();
        switch (token.Kind)
        {
            case TokenKind.Number:
                return new LiteralSyntax(token.Offset, token.Text.Contains('.', StringComparison.Ordinal) ? LiteralKind.Decimal : LiteralKind.Integer, token.Text);
            case TokenKind.String:
                return new LiteralSyntax(token.Offset, LiteralKind.String, token.Text);
            case TokenKind.Parameter:
                return new ParameterSyntax(token.Offset, token.Text);
            case TokenKind.Identifier when token.Text is "true" or "false":
                return new LiteralSyntax(token.Offset, LiteralKind.Boolean, token.Text);
            case TokenKind.Identifier when token.Text == "null":
                return new LiteralSyntax(token.Offset, LiteralKind.Null, token.Text);
            case TokenKind.Identifier when token.Text is "and" or "or" or "not" or "in" or "is":
                throw new ExpressionSyntaxException(token.Offset, $"expected a value but found '{token.Text}'");
            case TokenKind.Identifier when IsSymbol("("):
                Take();
                var arguments = new List<Syntax>();
                if (!IsSymbol(")"))
                {
                    arguments.Add(Or());
                    while (IsSymbol(","))
                    {
                        Take();
                        arguments.Add(Or());
                    }
                }

                Expect(")");
                return new CallSyntax(token.Offset, token.Text, arguments);
            case TokenKind.Identifier:
                return new NameSyntax(token.Offset, token.Text);
            case TokenKind.Symbol when token.Text == "(":
                var inner = Or();
                Expect(")");
                return inner;
            default:
                throw new ExpressionSyntaxException(token.Offset, $"expected a value but found {Describe(token)}");
        }
    }

    private static string Describe(Token token) => token.Kind == TokenKind.End ? "the end of the expression" : $"'{token.Text}'";
}
