using SupervisionModels.Declarative.Diagnostics;

namespace SupervisionModels.Declarative.Tests;

/// <summary>Errors of a model file, the way a compiler reports them: file:line:col, an id, and what was expected.</summary>
public sealed class DiagnosticTests
{
    private const string File = "test.model.yaml";

    private const string Valid = """
        id: USR0399
        title: 测试模型
        category: ComplaintsAndAid
        version: 1.0.0
        description: 测试
        datasets: [case_persons, procuratorate_cases]
        parameters:
          min-weight:
            type: int
            default: 3
            description: 最低
        facts:
          victim_case:
            case_id: string
        rules:
          - id: R1
            description: 被害人（{min-weight}）
            match: { dataset: case_persons, as: p, where: "p.role == '被害人'" }
            steps:
              - join: { dataset: procuratorate_cases, as: c, on: p.case_id == c.case_id }
              - where: c.property_loss > 1000 and $min-weight > 1
            reason: { subject: person, id: p.id_no, name: p.name, weight: 10 }
        lead:
          min-score: 10
          required: [R1]
        """;

    [Fact]
    public void A_valid_file_loads_with_its_descriptor_and_parameters()
    {
        var model = DeclarativeModel.Parse(File, Valid);

        Assert.Equal("USR0399", model.Descriptor.Id);
        Assert.Equal(Models.ModelCategory.ComplaintsAndAid, model.Descriptor.Category);
        Assert.Equal(["case_persons", "procuratorate_cases"], model.Descriptor.Datasets.Select(t => Facts.Schema.FactSchema.For(t).DatasetName));
        Assert.Equal(3, Assert.IsType<Models.Parameter<int>>(Assert.Single(model.Parameters)).Default);
    }

    [Fact]
    public void An_unknown_column_is_reported_at_its_name_with_the_nearest_column()
    {
        var text = Valid.Replace("c.property_loss > 1000", "c.property_los > 1000", StringComparison.Ordinal);

        var error = Single(text, DiagnosticIds.UnknownColumn);

        Assert.Equal(At(text, "property_los >"), error.Position);
        Assert.Equal("column 'property_los' is not in procuratorate_cases; did you mean 'property_loss'?", error.Message);
        Assert.StartsWith($"{File}:{error.Position.Line}:{error.Position.Column}: error SMD0004: ", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_column_inside_a_quoted_condition_is_found_at_its_own_column()
    {
        var text = Valid.Replace("p.role ==", "p.rolee ==", StringComparison.Ordinal);

        var error = Single(text, DiagnosticIds.UnknownColumn);

        Assert.Equal(At(text, "rolee"), error.Position);
        Assert.Contains("did you mean 'role'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_dataset_names_the_nearest_dataset()
    {
        var text = Valid.Replace("datasets: [case_persons,", "datasets: [case_person,", StringComparison.Ordinal);

        var errors = Errors(text);

        var unknown = Assert.Single(errors, e => e.Position == At(text, "case_person,"));
        Assert.Equal(DiagnosticIds.UnknownDataset, unknown.Id);
        Assert.Equal("dataset 'case_person' does not exist; did you mean 'case_persons'?", unknown.Message);
    }

    [Fact]
    public void A_dataset_the_model_does_not_list_is_an_error_saying_where_to_add_it()
    {
        var text = Valid.Replace("dataset: procuratorate_cases, as: c", "dataset: judicial_aid_grants, as: c", StringComparison.Ordinal);

        var error = Assert.Single(Errors(text), e => e.Id == DiagnosticIds.UnknownDataset);

        Assert.Equal(At(text, "judicial_aid_grants"), error.Position);
        Assert.Contains("is not in the model's 'datasets' (case_persons, procuratorate_cases); add it there", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_parameter_names_the_declared_one()
    {
        var text = Valid.Replace("$min-weight > 1", "$min-weigth > 1", StringComparison.Ordinal);

        var error = Single(text, DiagnosticIds.UnknownParameter);

        Assert.Equal(At(text, "$min-weigth"), error.Position);
        Assert.Equal("parameter 'min-weigth' is not declared by the model; did you mean 'min-weight'?", error.Message);
    }

    [Fact]
    public void A_required_rule_that_is_not_defined_is_an_error()
    {
        var text = Valid.Replace("required: [R1]", "required: [R2]", StringComparison.Ordinal);

        var error = Single(text, DiagnosticIds.UnknownRule);

        Assert.Equal(At(text, "R2]"), error.Position);
        Assert.Equal("rule 'R2' is not defined by the model; did you mean 'R1'?", error.Message);
    }

    [Theory]
    [InlineData("c.property_loss > 1000 and $min-weight > 1", "c.property_loss > '1000'", "cannot compare or combine decimal with string")]
    [InlineData("c.property_loss > 1000 and $min-weight > 1", "c.charge", "a condition must be true or false, but this is string")]
    [InlineData("c.property_loss > 1000 and $min-weight > 1", "c.charge < 'x'", "'<' compares numbers or dates, not string")]
    [InlineData("c.property_loss > 1000 and $min-weight > 1", "c.reconciled is null", "a bool is never null")]
    [InlineData("c.property_loss > 1000 and $min-weight > 1", "add_days(c.charge, 3) > c.accepted_date", "add_days needs a date, not string")]
    public void Wrong_types_are_errors_naming_the_types(string replaced, string condition, string message)
    {
        var text = Valid.Replace(replaced, condition, StringComparison.Ordinal);

        var error = Single(text, DiagnosticIds.TypeMismatch);

        Assert.Equal(At(text, "- where: ").Line, error.Position.Line);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_join_key_of_another_type_is_an_error()
    {
        var text = Valid.Replace("on: p.case_id == c.case_id", "on: p.case_id == c.property_loss", StringComparison.Ordinal);

        var error = Single(text, DiagnosticIds.TypeMismatch);

        Assert.Equal(At(text, "== c.property_loss"), error.Position);
        Assert.Equal("the join keys differ in type: string == decimal", error.Message);
    }

    [Fact]
    public void A_syntax_error_points_at_the_character()
    {
        var text = Valid.Replace("c.property_loss > 1000", "c.property_loss = 1000", StringComparison.Ordinal);

        var error = Single(text, DiagnosticIds.ExpressionSyntax);

        Assert.Equal(At(text, "= 1000"), error.Position);
        Assert.Equal("'=' is not an operator; write '==' to compare", error.Message);
    }

    [Fact]
    public void An_unknown_field_names_the_nearest_field()
    {
        var text = Valid.Replace("weight: 10 }", "wieght: 10 }", StringComparison.Ordinal);

        var errors = Errors(text);

        var unknown = Assert.Single(errors, e => e.Position == At(text, "wieght"));
        Assert.Equal(DiagnosticIds.BadField, unknown.Id);
        Assert.Equal("'reason' has no field 'wieght'; did you mean 'weight'?", unknown.Message);
        Assert.Contains(errors, e => e.Message == "'reason' needs the field 'weight'");
    }

    [Fact]
    public void A_cycle_between_derived_facts_names_the_facts_and_rules()
    {
        var text = Valid.Replace("""
            facts:
              victim_case:
                case_id: string
            """, """
            facts:
              victim_case:
                case_id: string
              aided_case:
                case_id: string
            """, StringComparison.Ordinal).Replace("""
            lead:
            """, """
              - id: D1
                description: 一
                match: { fact: victim_case, as: v }
                derive: { fact: aided_case, fields: { case_id: v.case_id } }
              - id: D2
                description: 二
                match: { fact: aided_case, as: a }
                derive: { fact: victim_case, fields: { case_id: a.case_id } }
            lead:
            """, StringComparison.Ordinal);

        var error = Single(text, DiagnosticIds.DerivedCycle);

        Assert.Equal(At(text, "aided_case, fields"), error.Position);
        Assert.Equal(
            "derived facts depend on each other in a cycle: victim_case → aided_case (rule D1) → victim_case (rule D2); a derived fact cannot be read by the rules it comes from",
            error.Message);
    }

    [Fact]
    public void Invalid_yaml_is_reported_at_its_line()
    {
        var text = Valid.Replace("version: 1.0.0", "version: 1.0.0\n   stray: x", StringComparison.Ordinal);

        var error = Assert.Single(Errors(text));

        Assert.Equal(DiagnosticIds.YamlSyntax, error.Id);
        Assert.Equal(At(text, "stray").Line, error.Position.Line);
        Assert.StartsWith("not valid YAML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_error_of_a_file_is_reported_at_once_in_file_order()
    {
        var text = Valid
            .Replace("c.property_loss > 1000", "c.property_los > 1000", StringComparison.Ordinal)
            .Replace("required: [R1]", "required: [R9]", StringComparison.Ordinal)
            .Replace("category: ComplaintsAndAid", "category: ComplaintAndAid", StringComparison.Ordinal);

        var errors = Errors(text);

        Assert.Equal([DiagnosticIds.BadValue, DiagnosticIds.UnknownColumn, DiagnosticIds.UnknownRule], errors.Select(e => e.Id));
        Assert.Equal("category 'ComplaintAndAid' is not known; did you mean 'ComplaintsAndAid'?", errors[0].Message);
    }

    private static DeclarativeDiagnostic Single(string text, string id)
    {
        var errors = Errors(text);
        var error = Assert.Single(errors);
        Assert.Equal(id, error.Id);
        return error;
    }

    private static IReadOnlyList<DeclarativeDiagnostic> Errors(string text) =>
        Assert.Throws<DeclarativeModelException>(() => DeclarativeModel.Parse(File, text)).Diagnostics;

    // The 1-based line and column of the first occurrence of `marker` in `text`.
    private static SourcePosition At(string text, string marker)
    {
        var index = text.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{marker}' is not in the text");
        var line = text[..index].Count(c => c == '\n') + 1;
        var column = index - (text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1) + 1;
        return new SourcePosition(line, column);
    }
}
