using SupervisionModels.Declarative.Diagnostics;

namespace SupervisionModels.Declarative.Tests;

/// <summary>Whatever shape a file has, a wrong one is a list of diagnostics, never a crash of another kind.</summary>
public sealed class MalformedFileTests
{
    private const string Header = """
        id: USR0398
        title: 畸形
        category: Civil
        version: 1.0.0
        description: x
        datasets: [case_persons]

        """;

    private const string Lead = "\nlead: { min-score: 1 }\n";

    [Theory]
    [InlineData("")]
    [InlineData("just text")]
    [InlineData("- a\n- b")]
    [InlineData("id: [USR0398]\ntitle: {a: b}\ncategory: x\nversion: 1\ndescription: x\ndatasets: 5\nrules: 5\nlead: 5")]
    [InlineData(Header + "rules: 5" + Lead)]
    [InlineData(Header + "rules:\n  - 5\n  - [a]" + Lead)]
    [InlineData(Header + "parameters: [a]\nrules: []" + Lead)]
    [InlineData(Header + "parameters:\n  ? [a]\n  : { type: int, default: 1, description: x }\nrules: []" + Lead)]
    [InlineData(Header + "parameters:\n  n: { type: int, default: many, description: x, min: low }\nrules: []" + Lead)]
    [InlineData(Header + "facts:\n  x: 5\n  ? [y]\n  : { a: string }\n  z: { ? [b] : string, c: nothing }\nrules: []" + Lead)]
    [InlineData(Header + "rules:\n  - id: R1\n    description: x\n    match: case_persons\n    reason: 5" + Lead)]
    [InlineData(Header + "rules:\n  - id: R1\n    description: x\n    match: { dataset: case_persons, fact: y }\n    derive: { fact: q, fields: 5 }" + Lead)]
    [InlineData(Header + "rules:\n  - id: R1\n    description: x\n    match: { dataset: case_persons, as: p }\n    steps: [5, { where: x, text: y }, { ? [k] : v }, { join: 5 }, { text: { of: p.name, keywords: [] } }]\n    reason: { subject: person, id: p.id_no, name: p.name, weight: heavy }" + Lead)]
    [InlineData(Header + "rules:\n  - id: R1\n    description: '{nope}'\n    match: { dataset: case_persons, as: p, where: '(((' }\n    group: { by: 'p.' }\n    reason: { subject: person, id: key, name: key, weight: 1 }" + Lead)]
    [InlineData(Header + "rules: []\nlead: { min-score: $nothing, required: [[R1]] }")]
    public void A_malformed_file_gives_diagnostics(string text)
    {
        var e = Assert.Throws<DeclarativeModelException>(() => DeclarativeModel.Parse("bad.model.yaml", text));

        Assert.NotEmpty(e.Diagnostics);
        Assert.All(e.Diagnostics, d => Assert.Matches(@"^SMD00\d\d$", d.Id));
        Assert.All(e.Diagnostics, d => Assert.True(d.Position.Line >= 1 && d.Position.Column >= 1, d.ToString()));
    }
}
