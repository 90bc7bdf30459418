namespace SupervisionModels.Declarative.Expressions;

// The syntax tree of a condition. Each node keeps its offset in the expression text so that the type checker can
// point at the very name or operator that is wrong.

/// <summary>A node of a parsed expression; <paramref name="Offset"/> is its first character in the expression text.</summary>
public abstract record Syntax(int Offset);

/// <summary>What a literal is.</summary>
public enum LiteralKind
{
    /// <summary>A whole number (<c>12</c>).</summary>
    Integer,

    /// <summary>A number with a decimal point (<c>0.5</c>): decimal, or double where a double is expected.</summary>
    Decimal,

    /// <summary>A quoted string.</summary>
    String,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary><c>null</c>.</summary>
    Null,
}

/// <summary>A literal; <paramref name="Text"/> is the number's digits or the string's value.</summary>
public sealed record LiteralSyntax(int Offset, LiteralKind Kind, string Text) : Syntax(Offset);

/// <summary>A bare name: a bound fact's alias, or (after a dot) a column.</summary>
public sealed record NameSyntax(int Offset, string Name) : Syntax(Offset);

/// <summary><c>alias.column</c>.</summary>
public sealed record MemberSyntax(int Offset, Syntax Target, string Member, int MemberOffset) : Syntax(Offset);

/// <summary><c>$name</c>: a parameter of the model, by its kebab-case name.</summary>
public sealed record ParameterSyntax(int Offset, string Name) : Syntax(Offset);

/// <summary><c>not x</c> or <c>-x</c>.</summary>
public sealed record UnarySyntax(int Offset, string Operator, Syntax Operand) : Syntax(Offset);

/// <summary>A binary operator: <c>and or == != &lt; &lt;= &gt; &gt;= + - * /</c>.</summary>
public sealed record BinarySyntax(int Offset, string Operator, Syntax Left, Syntax Right) : Syntax(Offset);

/// <summary><c>x in [a, b]</c> or <c>x not in [a, b]</c>.</summary>
public sealed record InSyntax(int Offset, Syntax Value, IReadOnlyList<Syntax> Items, bool Negated) : Syntax(Offset);

/// <summary><c>x is null</c> or <c>x is not null</c>.</summary>
public sealed record IsNullSyntax(int Offset, Syntax Value, bool Negated) : Syntax(Offset);

/// <summary>A function call: <c>add_months(c.accepted_date, 12)</c>.</summary>
public sealed record CallSyntax(int Offset, string Function, IReadOnlyList<Syntax> Arguments) : Syntax(Offset);
