using System.Linq.Expressions;
using SupervisionModels.Datasets;
using SupervisionModels.Declarative.Diagnostics;
using SupervisionModels.Declarative.Expressions;
using SupervisionModels.Facts.Schema;

namespace SupervisionModels.Declarative.Tests;

/// <summary>The expression language: parsed by hand, type-checked against the dataset records, compiled to LINQ trees.</summary>
public sealed class ExpressionTests
{
    private static readonly CasePerson Minor = new()
    {
        PersonKey = "C1#1", CaseId = "C1", Role = "被害人", Name = "张三", IdNo = null, BirthDate = new DateOnly(2010, 5, 1), Township = "城关",
        CompensationReceived = null,
    };

    private static readonly CasePerson Adult = Minor with { Role = "近亲属", BirthDate = null, CompensationReceived = 5000m };

    [Theory]
    [InlineData("p.role == '被害人' or p.role == '近亲属' and p.name == 'x'", true, false)]
    [InlineData("(p.role == '被害人' or p.role == '近亲属') and p.name == 'x'", false, false)]
    [InlineData("p.role in ['被害人', '死者']", true, false)]
    [InlineData("p.role not in ['被害人', '死者']", false, true)]
    [InlineData("p.birth_date is null", false, true)]
    [InlineData("p.birth_date is not null and add_years(p.birth_date, 18) > date('2025-01-01')", true, false)]
    [InlineData("days_between(p.birth_date, date('2010-05-31')) == 30", true, false)]
    [InlineData("p.compensation_received < 10000", false, true)]
    [InlineData("p.compensation_received == null", true, false)]
    [InlineData("coalesce(p.compensation_received, 0) * 2 >= 10000 - 0.5", false, true)]
    [InlineData("not contains(p.id_no, '3704') and starts_with(p.name, '张')", true, true)]
    [InlineData("year(p.birth_date) == 2010 and -$limit < 0", true, false)]
    public void Conditions_evaluate_as_written(string condition, bool onMinor, bool onAdult)
    {
        var predicate = Compile(condition);

        Assert.Equal(onMinor, predicate(Minor));
        Assert.Equal(onAdult, predicate(Adult));
    }

    [Fact]
    public void Precedence_is_or_then_and_then_not_then_comparison()
    {
        var tree = ExpressionParser.Parse("not a.x == 1 or b.y < 2 and c.z in [1, 2]");

        var or = Assert.IsType<BinarySyntax>(tree);
        Assert.Equal("or", or.Operator);
        Assert.IsType<UnarySyntax>(or.Left);
        var and = Assert.IsType<BinarySyntax>(or.Right);
        Assert.Equal("and", and.Operator);
        Assert.IsType<InSyntax>(and.Right);
    }

    [Theory]
    [InlineData("p.role == ", 10, "expected a value but found the end of the expression")]
    [InlineData("p.role == 'x", 10, "the string is not closed")]
    [InlineData("p.role == 'x' p.name", 14, "unexpected 'p' after a complete expression")]
    [InlineData("p.role in []", 7, "the list after 'in' is empty")]
    [InlineData("p.role ; 1", 7, "unexpected character ';'")]
    [InlineData("$ > 1", 0, "'$' must be followed by a parameter name (kebab-case, such as $min-score)")]
    public void Syntax_errors_say_where_and_what(string text, int offset, string message)
    {
        var e = Assert.Throws<ExpressionSyntaxException>(() => ExpressionParser.Parse(text));

        Assert.Equal(offset, e.Offset);
        Assert.Equal(message, e.Message);
    }

    [Theory]
    [InlineData("q.role == 'x'", 0, DiagnosticIds.UnknownName, "'q' is not a fact bound by this rule; did you mean 'p'?")]
    [InlineData("p == 'x'", 0, DiagnosticIds.TypeMismatch, "'p' is a whole fact; name one of its columns, such as p.person_key")]
    [InlineData("p.case_no == 'x'", 2, DiagnosticIds.UnknownColumn, "column 'case_no' is not in case_persons; did you mean 'case_id'?")]
    [InlineData("p.deceased + 1 > 0", 11, DiagnosticIds.TypeMismatch, "cannot compare or combine bool with int")]
    [InlineData("p.birth_date + 1 > p.birth_date", 13, DiagnosticIds.TypeMismatch, "cannot compare or combine date? with int")]
    [InlineData("add_dayz(p.birth_date, 1) > p.birth_date", 0, DiagnosticIds.UnknownName, "'add_dayz' is not a function; did you mean 'add_days'?")]
    [InlineData("date('2025-13-01') > p.birth_date", 5, DiagnosticIds.BadValue, "date(…) takes a date as 'yyyy-MM-dd'")]
    public void Names_and_types_are_checked_against_the_dataset_schema(string text, int offset, string id, string message)
    {
        var e = Assert.Throws<BindException>(() => Compile(text));

        Assert.Equal(offset, e.Offset);
        Assert.Equal(id, e.Id);
        Assert.Equal(message, e.Message);
    }

    [Fact]
    public void A_string_is_never_evaluated_as_code()
    {
        // What dynamic LINQ would run is here only a string to compare with.
        var predicate = Compile("p.name == '\"); System.IO.File.Delete(\"x'");

        Assert.False(predicate(Minor));
    }

    private static Func<CasePerson, bool> Compile(string text)
    {
        var fact = new BoundFact("p", FactShape.ForDataset(FactSchema.For<CasePerson>()), Expression.Parameter(typeof(CasePerson), "p"));
        var parameters = new Dictionary<string, ParameterValue>(StringComparer.Ordinal) { ["limit"] = new(typeof(int), 3) };
        var body = new ExpressionBinder([fact], parameters).BindCondition(ExpressionParser.Parse(text));
        return Expression.Lambda<Func<CasePerson, bool>>(body, fact.Parameter).Compile();
    }
}
