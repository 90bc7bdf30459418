using System.Text.RegularExpressions;
using SupervisionModels.Reporting.Writers;

namespace SupervisionModels.Reporting.Tests;

public sealed class HtmlReportTests
{
    private static int Count(string html, string pattern) => Regex.Matches(html, pattern).Count;

    [Fact]
    public void Html_IsSelfContained_NothingToFetch()
    {
        var html = HtmlReportWriter.Render(TestLeads.Report(), TestContext.Current.CancellationToken);

        Assert.Contains("Content-Security-Policy\" content=\"default-src 'none';", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(new Regex("(src|href)=\"(https?:)?//"), html);
        Assert.DoesNotContain("<link", html, StringComparison.Ordinal);
        Assert.DoesNotContain("@import", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_RanksLeadsPerModel_EachExpandableToRulesAndEvidence()
    {
        var html = HtmlReportWriter.Render(TestLeads.Report(), TestContext.Current.CancellationToken);

        Assert.Equal(2, Count(html, "<section class=\"model\""));
        Assert.Equal(3, Count(html, "<tbody class=\"lead\""));
        Assert.Equal(3, Count(html, "<tr class=\"detail\" hidden>"));
        Assert.Matches(new Regex("SM0002-CCCCCCCCCC(.|\n)*SM0002-BBBBBBBBBB"), html); // rank 1 before rank 2
        Assert.Contains("<th data-sort=\"score\" data-type=\"num\">分值</th>", html, StringComparison.Ordinal);
        Assert.Contains("<input type=\"search\" id=\"filter-text\"", html, StringComparison.Ordinal);
        Assert.Contains("<td>R2</td><td>同一原告多次起诉</td><td class=\"num\">+10</td><td class=\"num\">3</td><td class=\"num\">264,000.00</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_HighlightsMatchedWordsInTheMaskedExcerpt()
    {
        var html = HtmlReportWriter.Render(TestLeads.Report(), TestContext.Current.CancellationToken);

        Assert.Contains("<blockquote class=\"excerpt\">…原告张*与被告枣庄某运输有限公司以被告名下<mark>车牌额度</mark>抵偿，张*电话138****5678…</blockquote>", html, StringComparison.Ordinal);
        Assert.Contains("<blockquote class=\"excerpt\">…在山东省烟台市龙口市******吸食<mark>笑气</mark>，身份证号3706**********4665…</blockquote>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("张三", html, StringComparison.Ordinal);
        Assert.DoesNotContain("欧阳娜娜", html, StringComparison.Ordinal);
        Assert.Contains("class=\"mask masked\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_Unmasked_SaysSo()
    {
        var html = HtmlReportWriter.Render(TestLeads.Report(unmask: true), TestContext.Current.CancellationToken);

        Assert.Contains("<p class=\"mask unmasked\" id=\"masking\">个人信息未脱敏（--unmask）", html, StringComparison.Ordinal);
        Assert.Contains("张三", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_DrawsChartsAsInlineSvg()
    {
        var html = HtmlReportWriter.Render(TestLeads.Report(), TestContext.Current.CancellationToken);

        Assert.Contains("<svg id=\"chart-models\"", html, StringComparison.Ordinal);
        Assert.Contains("<svg id=\"chart-regions\"", html, StringComparison.Ordinal);
        Assert.Contains("<svg id=\"chart-scores\"", html, StringComparison.Ordinal);
        Assert.Contains("<title>SM0002 未成年人“笑气”滥用: 2</title>", html, StringComparison.Ordinal);
        Assert.Contains("<title>法院 鲁0403: 1</title>", html, StringComparison.Ordinal);
        Assert.Contains("<title>区划 370681: 1</title>", html, StringComparison.Ordinal); // police record key A370681…
        Assert.Contains("<title>60–69 分: 1 条</title>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_EscapesDataFromTheField()
    {
        var lead = TestLeads.Seller with { Subject = TestLeads.Seller.Subject with { Name = "<script>alert(1)</script>" } };
        var report = LeadReport.Create([lead], null, new ReportOptions());

        var html = HtmlReportWriter.Render(report, TestContext.Current.CancellationToken);

        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains(ReportHeader.NoRunRecordNote, html, StringComparison.Ordinal);
    }
}
