using System.Text;

namespace SupervisionModels.Declarative.Expressions;

/// <summary>The kinds of token of the expression language.</summary>
public enum TokenKind
{
    /// <summary>A name: letters, digits and underscores, not starting with a digit.</summary>
    Identifier,

    /// <summary><c>$</c> and a kebab-case parameter name.</summary>
    Parameter,

    /// <summary>A number.</summary>
    Number,

    /// <summary>A quoted string ('…' or "…").</summary>
    String,

    /// <summary>An operator or punctuation.</summary>
    Symbol,

    /// <summary>The end of the text.</summary>
    End,
}

/// <summary>A token and where it starts in the expression text.</summary>
public readonly record struct Token(TokenKind Kind, string Text, int Offset);

/// <summary>The expression text could not be read; <see cref="Offset"/> says where.</summary>
public sealed class ExpressionSyntaxException(int offset, string message) : Exception(message)
{
    /// <summary>The 0-based offset in the expression text.</summary>
    public int Offset { get; } = offset;
}

/// <summary>
/// Splits an expression into tokens. Hand-written so that every token keeps its offset and nothing is ever handed to
/// an evaluator as text: the parser builds a tree, the type checker builds a LINQ expression from it.
/// </summary>
public static class Tokenizer
{
    private static readonly string[] Symbols = ["==", "!=", "<=", ">=", "<", ">", "+", "-", "*", "/", "(", ")", "[", "]", ",", "."];

    /// <summary>The tokens of <paramref name="text"/>, ending with one <see cref="TokenKind.End"/>.</summary>
    public static IReadOnlyList<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            if (char.IsAsciiLetter(c) || c == '_')
            {
                while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '_'))
                {
                    i++;
                }

                tokens.Add(new Token(TokenKind.Identifier, text[start..i], start));
            }
            else if (c == '$')
            {
                i++;
                while (i < text.Length && (char.IsAsciiLetterLower(text[i]) || char.IsAsciiDigit(text[i]) || text[i] == '-'))
                {
                    i++;
                }

                if (i == start + 1)
                {
                    throw new ExpressionSyntaxException(start, "'$' must be followed by a parameter name (kebab-case, such as $min-score)");
                }

                tokens.Add(new Token(TokenKind.Parameter, text[(start + 1)..i], start));
            }
            else if (char.IsAsciiDigit(c))
            {
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    i++;
                }

                if (i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
                {
                    i++;
                    while (i < text.Length && char.IsAsciiDigit(text[i]))
                    {
                        i++;
                    }
                }

                tokens.Add(new Token(TokenKind.Number, text[start..i], start));
            }
            else if (c is '\'' or '"')
            {
                tokens.Add(new Token(TokenKind.String, ReadString(text, ref i), start));
            }
            else
            {
                var symbol = Symbols.FirstOrDefault(s => string.CompareOrdinal(text, i, s, 0, s.Length) == 0)
                    ?? throw new ExpressionSyntaxException(start, c == '=' ? "'=' is not an operator; write '==' to compare" : $"unexpected character '{c}'");
                i += symbol.Length;
                tokens.Add(new Token(TokenKind.Symbol, symbol, start));
            }
        }

        tokens.Add(new Token(TokenKind.End, string.Empty, text.Length));
        return tokens;
    }

    // A quoted string: the quote doubled stands for itself ('it''s'); there are no other escapes.
    private static string ReadString(string text, ref int i)
    {
        var quote = text[i];
        var start = i;
        var sb = new StringBuilder();
        i++;
        while (true)
        {
            if (i >= text.Length)
            {
                throw new ExpressionSyntaxException(start, "the string is not closed");
            }

            if (text[i] == quote)
            {
                if (i + 1 < text.Length && text[i + 1] == quote)
                {
                    sb.Append(quote);
                    i += 2;
                    continue;
                }

                i++;
                return sb.ToString();
            }

            sb.Append(text[i]);
            i++;
        }
    }
}
