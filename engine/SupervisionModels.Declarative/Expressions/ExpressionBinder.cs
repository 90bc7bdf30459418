using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using SupervisionModels.Declarative.Diagnostics;
using SupervisionModels.Entities;

namespace SupervisionModels.Declarative.Expressions;

/// <summary>A fact a rule has bound so far, under its alias.</summary>
/// <param name="Alias">The name the conditions use (<c>p</c> in <c>p.role</c>).</param>
/// <param name="Shape">Its columns.</param>
/// <param name="Parameter">The lambda parameter that stands for it.</param>
public sealed record BoundFact(string Alias, FactShape Shape, ParameterExpression Parameter);

/// <summary>
/// What a rule binds after a <c>group</c> step: one group per key; its items are the facts bound before the group
/// (one fact, or a value tuple of them), read through aggregates (<c>count()</c>, <c>sum(p.amount)</c>, <c>first(p.name)</c>…).
/// </summary>
/// <param name="Group">The lambda parameter of type IFactGroup&lt;TKey, TItem&gt;.</param>
/// <param name="Items">The facts bound before the group.</param>
public sealed record GroupScope(ParameterExpression Group, IReadOnlyList<BoundFact> Items);

/// <summary>A model parameter as expressions see it: its type and this run's value.</summary>
public sealed record ParameterValue(Type Type, object Value);

/// <summary>
/// The type checker: turns a parsed condition into a typed LINQ expression over the bound facts, or throws
/// <see cref="BindException"/> naming what is unknown or does not fit. Parameters become constants of the run's
/// value (as a C# model's captured locals do), so the planner sees the same trees a lambda would give.
/// </summary>
public sealed class ExpressionBinder
{
    private static readonly Expression NullLiteral = Expression.Constant(null);
    private static readonly string[] Functions =
        ["date", "add_days", "add_months", "add_years", "days_between", "year", "contains", "starts_with", "coalesce", "person_key", "org_key", "party_key"];

    private static readonly string[] Aggregates = ["count", "count_distinct", "sum", "min", "max", "first"];

    private readonly IReadOnlyList<BoundFact> _facts;
    private readonly IReadOnlyDictionary<string, ParameterValue> _parameters;
    private readonly GroupScope? _group;

    /// <summary>Creates a binder over <paramref name="facts"/> and <paramref name="parameters"/>.</summary>
    public ExpressionBinder(IReadOnlyList<BoundFact> facts, IReadOnlyDictionary<string, ParameterValue> parameters)
    {
        _facts = facts;
        _parameters = parameters;
    }

    /// <summary>Creates a binder over a group (after a <c>group</c> step): <c>key</c> and aggregates over its items.</summary>
    public ExpressionBinder(GroupScope group, IReadOnlyDictionary<string, ParameterValue> parameters)
    {
        _facts = [];
        _parameters = parameters;
        _group = group;
    }

    /// <summary>A condition: a bool (a nullable bool counts as true only when true).</summary>
    public Expression BindCondition(Syntax syntax) => AsCondition(Bind(syntax), syntax);

    /// <summary>A value of any type.</summary>
    public Expression BindValue(Syntax syntax)
    {
        var value = Bind(syntax);
        if (IsNull(value))
        {
            throw new BindException(syntax.Offset, DiagnosticIds.TypeMismatch, "null alone is not a value here");
        }

        return value;
    }

    /// <summary>A value converted to <paramref name="target"/> (a string for a subject's name, a decimal? for an amount).</summary>
    public Expression BindAs(Syntax syntax, Type target)
    {
        var value = Bind(syntax);
        if (IsNull(value))
        {
            return Expression.Constant(null, target);
        }

        if (value.Type == target)
        {
            return value;
        }

        var underlying = Nullable.GetUnderlyingType(target) ?? target;
        if (Strip(value.Type) == underlying || (IsNumeric(Strip(value.Type)) && IsNumeric(underlying) && Widens(Strip(value.Type), underlying)))
        {
            return Expression.Convert(value, target);
        }

        throw new BindException(syntax.Offset, DiagnosticIds.TypeMismatch, $"expected {Describe(target)} but the expression is {Describe(value.Type)}");
    }

    /// <summary>The user's name of a type, for messages.</summary>
    public static string Describe(Type type)
    {
        var t = Strip(type);
        var name = t == typeof(string) ? "string"
            : t == typeof(int) ? "int"
            : t == typeof(long) ? "long"
            : t == typeof(double) ? "double"
            : t == typeof(decimal) ? "decimal"
            : t == typeof(bool) ? "bool"
            : t == typeof(DateOnly) ? "date"
            : t == typeof(DateTime) ? "datetime"
            : t == typeof(EntityKey) ? "entity key"
            : t.Name;
        return Nullable.GetUnderlyingType(type) is not null ? name + "?" : name;
    }

    private Expression Bind(Syntax syntax) => syntax switch
    {
        LiteralSyntax l => Literal(l),
        ParameterSyntax p => Parameter(p),
        NameSyntax { Name: "key" } when _group is not null => Expression.Property(_group.Group, "Key"),
        NameSyntax n => throw Name(n),
        MemberSyntax m => Member(m),
        UnarySyntax u => Unary(u),
        BinarySyntax b => Binary(b),
        InSyntax i => In(i),
        IsNullSyntax n => IsNullTest(n),
        CallSyntax c => Call(c),
        _ => throw new BindException(syntax.Offset, DiagnosticIds.ExpressionSyntax, "unsupported expression"),
    };

    private static Expression Literal(LiteralSyntax l) => l.Kind switch
    {
        LiteralKind.Integer => int.TryParse(l.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var i)
            ? Expression.Constant(i)
            : long.TryParse(l.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
                ? Expression.Constant(n)
                : throw new BindException(l.Offset, DiagnosticIds.BadValue, $"the number {l.Text} is too large"),
        LiteralKind.Decimal => Expression.Constant(decimal.Parse(l.Text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture)),
        LiteralKind.String => Expression.Constant(l.Text),
        LiteralKind.Boolean => Expression.Constant(l.Text == "true"),
        _ => NullLiteral,
    };

    private Expression Parameter(ParameterSyntax p)
    {
        if (!_parameters.TryGetValue(p.Name, out var parameter))
        {
            throw new BindException(p.Offset, DiagnosticIds.UnknownParameter,
                $"parameter '{p.Name}' is not declared by the model{Suggestions.For(p.Name, _parameters.Keys)}");
        }

        if (parameter.Type == typeof(Rules.KeywordSet))
        {
            throw new BindException(p.Offset, DiagnosticIds.TypeMismatch, $"parameter '{p.Name}' is a keyword list; use it in a text step's 'keywords'");
        }

        return Expression.Constant(parameter.Value, parameter.Type);
    }

    private BindException Name(NameSyntax n)
    {
        if (_group is not null)
        {
            return new BindException(n.Offset, DiagnosticIds.UnknownName,
                $"after 'group', a rule reads 'key' and aggregates over the group ({string.Join(", ", Aggregates.Select(a => a + "(…)"))}), not '{n.Name}'");
        }

        if (_facts.Any(f => f.Alias == n.Name))
        {
            return new BindException(n.Offset, DiagnosticIds.TypeMismatch, $"'{n.Name}' is a whole fact; name one of its columns, such as {n.Name}.{_facts.First(f => f.Alias == n.Name).Shape.ColumnNames.First()}");
        }

        var known = _facts.Select(f => f.Alias).Concat(Functions);
        return new BindException(n.Offset, DiagnosticIds.UnknownName,
            $"'{n.Name}' is not a bound fact (write alias.column; parameters start with $){Suggestions.For(n.Name, known)}");
    }

    private Expression Member(MemberSyntax m)
    {
        if (_group is not null)
        {
            throw new BindException(m.Offset, DiagnosticIds.UnknownName,
                "after 'group', read the grouped facts through an aggregate: first(p.name), sum(c.amount), count_distinct(p.case_id), count()…");
        }

        if (m.Target is not NameSyntax alias)
        {
            throw new BindException(m.MemberOffset, DiagnosticIds.ExpressionSyntax, "only a bound fact has columns (alias.column)");
        }

        var fact = _facts.FirstOrDefault(f => f.Alias == alias.Name)
            ?? throw new BindException(alias.Offset, DiagnosticIds.UnknownName,
                $"'{alias.Name}' is not a fact bound by this rule{Suggestions.For(alias.Name, _facts.Select(f => f.Alias))}");
        return fact.Shape.Read(fact.Parameter, m.Member)
            ?? throw new BindException(m.MemberOffset, DiagnosticIds.UnknownColumn,
                $"column '{m.Member}' is not in {fact.Shape.Name}{Suggestions.For(m.Member, fact.Shape.ColumnNames)}");
    }

    private Expression Unary(UnarySyntax u)
    {
        if (u.Operator == "not")
        {
            return Expression.Not(BindCondition(u.Operand));
        }

        var operand = BindValue(u.Operand);
        if (!IsNumeric(Strip(operand.Type)))
        {
            throw new BindException(u.Offset, DiagnosticIds.TypeMismatch, $"'-' needs a number, not {Describe(operand.Type)}");
        }

        return Expression.Negate(operand);
    }

    private Expression Binary(BinarySyntax b)
    {
        switch (b.Operator)
        {
            case "and":
                return Expression.AndAlso(BindCondition(b.Left), BindCondition(b.Right));
            case "or":
                return Expression.OrElse(BindCondition(b.Left), BindCondition(b.Right));
            case "==" or "!=":
                return Equality(b.Operator == "==", Bind(b.Left), Bind(b.Right), b);
        }

        var (left, right) = Unify(BindValue(b.Left), BindValue(b.Right), b);
        var type = Strip(left.Type);
        if (b.Operator is "<" or "<=" or ">" or ">=")
        {
            if (!IsNumeric(type) && type != typeof(DateOnly) && type != typeof(DateTime))
            {
                throw new BindException(b.Offset, DiagnosticIds.TypeMismatch, $"'{b.Operator}' compares numbers or dates, not {Describe(left.Type)}");
            }

            return b.Operator switch
            {
                "<" => Expression.LessThan(left, right),
                "<=" => Expression.LessThanOrEqual(left, right),
                ">" => Expression.GreaterThan(left, right),
                _ => Expression.GreaterThanOrEqual(left, right),
            };
        }

        if (!IsNumeric(type))
        {
            var hint = type == typeof(DateOnly) ? "; for dates use add_days, add_months, add_years or days_between" : string.Empty;
            throw new BindException(b.Offset, DiagnosticIds.TypeMismatch, $"'{b.Operator}' needs numbers, not {Describe(left.Type)}{hint}");
        }

        return b.Operator switch
        {
            "+" => Expression.Add(left, right),
            "-" => Expression.Subtract(left, right),
            "*" => Expression.Multiply(left, right),
            _ => Expression.Divide(left, right),
        };
    }

    private Expression Equality(bool equal, Expression left, Expression right, Syntax at)
    {
        if (IsNull(left) && IsNull(right))
        {
            throw new BindException(at.Offset, DiagnosticIds.TypeMismatch, "null compared with null");
        }

        if (IsNull(left) || IsNull(right))
        {
            var value = IsNull(left) ? right : left;
            var test = NullTest(value, at);
            return equal ? test : Expression.Not(test);
        }

        (left, right) = Unify(left, right, at);
        return equal ? Expression.Equal(left, right) : Expression.NotEqual(left, right);
    }

    private Expression In(InSyntax i)
    {
        var value = BindValue(i.Value);
        Expression? any = null;
        foreach (var item in i.Items)
        {
            var element = BindValue(item);
            var (l, r) = Unify(value, element, item);
            var equal = Expression.Equal(l, r);
            any = any is null ? equal : Expression.OrElse(any, equal);
        }

        return i.Negated ? Expression.Not(any!) : any!;
    }

    private Expression IsNullTest(IsNullSyntax n)
    {
        var test = NullTest(BindValue(n.Value), n);
        return n.Negated ? Expression.Not(test) : test;
    }

    private static Expression NullTest(Expression value, Syntax at)
    {
        if (value.Type.IsValueType && Nullable.GetUnderlyingType(value.Type) is null)
        {
            throw new BindException(at.Offset, DiagnosticIds.TypeMismatch, $"a {Describe(value.Type)} is never null");
        }

        return Expression.Equal(value, Expression.Constant(null, value.Type));
    }

    private Expression Call(CallSyntax c)
    {
        Expression Arg(int index, Type type) => BindAs(c.Arguments[index], type);
        void Arity(int count)
        {
            if (c.Arguments.Count != count)
            {
                throw new BindException(c.Offset, DiagnosticIds.TypeMismatch, $"{c.Function} takes {count} argument(s), not {c.Arguments.Count}");
            }
        }

        if (_group is not null && Aggregates.Contains(c.Function))
        {
            return Aggregate(c);
        }

        switch (c.Function)
        {
            case "date":
                Arity(1);
                if (c.Arguments[0] is not LiteralSyntax { Kind: LiteralKind.String } text
                    || !DateOnly.TryParseExact(text.Text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    throw new BindException(c.Arguments[0].Offset, DiagnosticIds.BadValue, "date(…) takes a date as 'yyyy-MM-dd'");
                }

                return Expression.Constant(date);
            case "add_days" or "add_months" or "add_years":
                Arity(2);
                return DateArithmetic(c, BindValue(c.Arguments[0]), Arg(1, typeof(int)));
            case "days_between":
                Arity(2);
                {
                    var from = Date(c, 0);
                    var to = Date(c, 1);
                    var dayNumber = typeof(DateOnly).GetProperty(nameof(DateOnly.DayNumber))!;
                    return Lift([from, to], v => Expression.Subtract(Expression.Property(v[1], dayNumber), Expression.Property(v[0], dayNumber)));
                }

            case "year":
                Arity(1);
                return Lift([Date(c, 0)], v => Expression.Property(v[0], nameof(DateOnly.Year)));
            case "contains" or "starts_with":
                Arity(2);
                {
                    var haystack = Arg(0, typeof(string));
                    var part = Arg(1, typeof(string));
                    var method = typeof(string).GetMethod(c.Function == "contains" ? nameof(string.Contains) : nameof(string.StartsWith), [typeof(string), typeof(StringComparison)])!;
                    return Expression.AndAlso(
                        Expression.NotEqual(haystack, Expression.Constant(null, typeof(string))),
                        Expression.Call(haystack, method, part, Expression.Constant(StringComparison.Ordinal)));
                }

            case "coalesce":
                Arity(2);
                {
                    var (first, second) = Unify(BindValue(c.Arguments[0]), BindValue(c.Arguments[1]), c);
                    return Expression.Coalesce(first, second);
                }

            case "person_key" or "org_key" or "party_key":
                Arity(2);
                {
                    var name = c.Function switch
                    {
                        "person_key" => nameof(EntityKey.Person),
                        "org_key" => nameof(EntityKey.Organization),
                        _ => nameof(EntityKey.Party),
                    };
                    return Expression.Call(typeof(EntityKey).GetMethod(name, BindingFlags.Public | BindingFlags.Static, [typeof(string), typeof(string)])!,
                        Arg(0, typeof(string)), Arg(1, typeof(string)));
                }

            default:
                throw new BindException(c.Offset, DiagnosticIds.UnknownName, $"'{c.Function}' is not a function{Suggestions.For(c.Function, Functions)}");
        }
    }

    // count() | count_distinct(x) | sum(x) | min(x) | max(x) | first(x), x over the grouped facts: the LINQ calls a C#
    // model writes on IFactGroup (g.Select(p => p.CaseNo).Distinct().Count()).
    private Expression Aggregate(CallSyntax c)
    {
        var group = _group!;
        var itemType = group.Group.Type.GetGenericArguments()[1];
        if (c.Function == "count")
        {
            if (c.Arguments.Count != 0)
            {
                throw new BindException(c.Offset, DiagnosticIds.TypeMismatch, "count() takes no argument; count_distinct(x) counts distinct values");
            }

            return Expression.Call(typeof(Enumerable), nameof(Enumerable.Count), [itemType], group.Group);
        }

        if (c.Arguments.Count != 1)
        {
            throw new BindException(c.Offset, DiagnosticIds.TypeMismatch, $"{c.Function} takes one argument over the grouped facts, not {c.Arguments.Count}");
        }

        var body = new ExpressionBinder(group.Items, _parameters).BindValue(c.Arguments[0]);
        var item = Expression.Parameter(itemType, "item");
        var selector = Expression.Lambda(ItemAccess.Rewrite(body, group.Items, item), item);
        var selected = Expression.Call(typeof(Enumerable), nameof(Enumerable.Select), [itemType, body.Type], group.Group, selector);
        switch (c.Function)
        {
            case "count_distinct":
                return Expression.Call(typeof(Enumerable), nameof(Enumerable.Count), [body.Type],
                    Expression.Call(typeof(Enumerable), nameof(Enumerable.Distinct), [body.Type], selected));
            case "first":
                return Expression.Call(typeof(Enumerable), nameof(Enumerable.First), [body.Type], selected);
            case "sum":
                if (!IsNumeric(Strip(body.Type)))
                {
                    throw new BindException(c.Arguments[0].Offset, DiagnosticIds.TypeMismatch, $"sum needs numbers, not {Describe(body.Type)}");
                }

                return Expression.Call(typeof(Enumerable), nameof(Enumerable.Sum), null, selected);
            default:
                if (!IsNumeric(Strip(body.Type)) && Strip(body.Type) != typeof(DateOnly) && Strip(body.Type) != typeof(DateTime))
                {
                    throw new BindException(c.Arguments[0].Offset, DiagnosticIds.TypeMismatch, $"{c.Function} needs numbers or dates, not {Describe(body.Type)}");
                }

                return Expression.Call(typeof(Enumerable), c.Function == "min" ? nameof(Enumerable.Min) : nameof(Enumerable.Max), [body.Type], selected);
        }
    }

    private Expression Date(CallSyntax c, int index)
    {
        var value = BindValue(c.Arguments[index]);
        if (Strip(value.Type) != typeof(DateOnly))
        {
            throw new BindException(c.Arguments[index].Offset, DiagnosticIds.TypeMismatch, $"{c.Function} needs a date, not {Describe(value.Type)}");
        }

        return value;
    }

    private static Expression DateArithmetic(CallSyntax c, Expression date, Expression amount)
    {
        if (Strip(date.Type) != typeof(DateOnly))
        {
            throw new BindException(c.Arguments[0].Offset, DiagnosticIds.TypeMismatch, $"{c.Function} needs a date, not {Describe(date.Type)}");
        }

        var method = c.Function switch
        {
            "add_days" => nameof(DateOnly.AddDays),
            "add_months" => nameof(DateOnly.AddMonths),
            _ => nameof(DateOnly.AddYears),
        };
        return Lift([date], v => Expression.Call(v[0], typeof(DateOnly).GetMethod(method, [typeof(int)])!, amount));
    }

    // Applies a member of the non-null values and gives null when any value is null (as C#'s lifted operators do).
    private static Expression Lift(Expression[] values, Func<Expression[], Expression> body)
    {
        if (values.All(v => Nullable.GetUnderlyingType(v.Type) is null))
        {
            return body(values);
        }

        var inner = body(values.Select(v => Nullable.GetUnderlyingType(v.Type) is null ? v : Expression.Property(v, "Value")).ToArray());
        var result = typeof(Nullable<>).MakeGenericType(inner.Type);
        var hasAll = values.Where(v => Nullable.GetUnderlyingType(v.Type) is not null)
            .Select(v => (Expression)Expression.Property(v, "HasValue"))
            .Aggregate(Expression.AndAlso);
        return Expression.Condition(hasAll, Expression.Convert(inner, result), Expression.Constant(null, result));
    }

    private static Expression AsCondition(Expression value, Syntax at)
    {
        if (value.Type == typeof(bool))
        {
            return value;
        }

        if (value.Type == typeof(bool?))
        {
            return Expression.Equal(value, Expression.Constant(true, typeof(bool?)));
        }

        throw new BindException(at.Offset, DiagnosticIds.TypeMismatch, $"a condition must be true or false, but this is {(IsNull(value) ? "null" : Describe(value.Type))}");
    }

    // Brings two operands to one type: the wider number, nullable when either is.
    private static (Expression Left, Expression Right) Unify(Expression left, Expression right, Syntax at)
    {
        var l = Strip(left.Type);
        var r = Strip(right.Type);
        Type common;
        if (l == r)
        {
            common = l;
        }
        else if (IsNumeric(l) && IsNumeric(r) && (Widens(l, r) || Widens(r, l)))
        {
            common = Widens(l, r) ? r : l;
        }
        else if (IsNumeric(l) && IsNumeric(r) && (left is ConstantExpression || right is ConstantExpression))
        {
            // A literal 0.5 next to a double column is a double; next to a decimal column a decimal.
            common = left is ConstantExpression ? r : l;
            var constant = (ConstantExpression)(left is ConstantExpression ? left : right);
            var converted = Expression.Constant(Convert.ChangeType(constant.Value, common, CultureInfo.InvariantCulture), common);
            if (left is ConstantExpression)
            {
                left = converted;
            }
            else
            {
                right = converted;
            }
        }
        else
        {
            throw new BindException(at.Offset, DiagnosticIds.TypeMismatch, $"cannot compare or combine {Describe(left.Type)} with {Describe(right.Type)}");
        }

        var nullable = common.IsValueType && (Nullable.GetUnderlyingType(left.Type) is not null || Nullable.GetUnderlyingType(right.Type) is not null);
        var target = nullable ? typeof(Nullable<>).MakeGenericType(common) : common;
        return (To(left, target), To(right, target));
    }

    private static Expression To(Expression e, Type target) => e.Type == target ? e : Expression.Convert(e, target);

    private static bool IsNull(Expression e) => ReferenceEquals(e, NullLiteral);

    private static Type Strip(Type t) => Nullable.GetUnderlyingType(t) ?? t;

    private static bool IsNumeric(Type t) => t == typeof(int) || t == typeof(long) || t == typeof(decimal) || t == typeof(double);

    // True when every value of `from` converts to `to` without loss of kind (int → long → decimal or double).
    private static bool Widens(Type from, Type to) =>
        from == to
        || (from == typeof(int) && (to == typeof(long) || to == typeof(decimal) || to == typeof(double)))
        || (from == typeof(long) && (to == typeof(decimal) || to == typeof(double)));
}
