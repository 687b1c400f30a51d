using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using SecretAnalyzers.Sinks;
using SecretAnalyzers.Tests.Infrastructure;

namespace SecretAnalyzers.Tests.Sinks;

/// <summary>Every row of the sink table reports a hard-coded value on the real package, and nothing when the value is read at run time.</summary>
public class SinkTableTests
{
    [Fact]
    public void Every_row_has_a_case_and_every_case_a_row()
    {
        // A client that takes a credential object has its case too: the wrapper created in its argument list.
        var rows = SinkTable.All.Select(s => s.Id).ToHashSet();
        var cases = SinkRowCases.All.Select(c => c.SinkId).ToHashSet();
        Assert.Empty(rows.Except(cases));
        Assert.Empty(cases.Except(rows));
        Assert.Equal(SinkTable.All.Length, SinkTable.All.Select(s => s.Id).Distinct().Count());
    }

    [Fact]
    public void Every_row_is_on_its_rule_s_docs_page()
    {
        foreach (var sink in SinkTable.All)
        {
            var id = SinkAnalysis.DescriptorOf(sink.Rule).Id;
            var page = File.ReadAllText(Repository.Path("docs", "rules", id + ".md"));
            var type = sink.Type.Substring(sink.Type.LastIndexOf('.') + 1);
            Assert.True(page.Contains(type, StringComparison.Ordinal), id + ".md does not name " + type);
            if (sink.Member is not (Sink.Constructor or Sink.AnyMember))
            {
                Assert.True(page.Contains(type + "." + sink.Member, StringComparison.Ordinal) || page.Contains("`" + sink.Member + "`", StringComparison.Ordinal), id + ".md does not name " + sink.Id);
            }

            if (sink.Parameter is not null)
            {
                Assert.True(page.Contains(sink.Parameter, StringComparison.Ordinal), id + ".md does not name the parameter of " + sink.Id);
            }
        }
    }

    [Theory]
    [MemberData(nameof(CaseIds))]
    public async Task Row_reports_a_hard_coded_value_and_no_8_characters_of_it(string sinkId)
    {
        var row = SinkRowCases.All.Single(c => c.SinkId == sinkId);
        var diagnostics = await SinkHarness.VerifyAsync(row.Markup, row.Packages, sinkId);

        // The message and every property, as SARIF would carry them.
        var (source, spans) = SinkHarness.Parse(row.Markup);
        var value = source.Substring(spans.Single().Value.Single().Start, spans.Single().Value.Single().Length).Trim('"');
        var output = string.Join("\n", diagnostics.Select(d => d.GetMessage()).Concat(diagnostics.SelectMany(d => d.Properties.Values.Select(v => v ?? ""))));
        Assert.False(Leaks.AnyRun(value, output, 8), "a diagnostic holds 8 characters of the value: " + output);
    }

    [Theory]
    [MemberData(nameof(CaseIds))]
    public Task Row_is_silent_when_the_value_is_read_at_run_time(string sinkId)
    {
        var row = SinkRowCases.All.Single(c => c.SinkId == sinkId);

        // The same call, with the marked value replaced by a read from the environment: the whole literal when the
        // marks stand on a key inside one, else the marked expression.
        const string Read = "Environment.GetEnvironmentVariable(\"SECRET\")!";
        var markup = Regex.Replace(row.Markup, @"@?""(?:[^""\\\n]|\\.)*?\{\|SECA00\d:.*?\|\}(?:[^""\\\n]|\\.)*""", Read);
        markup = Regex.Replace(markup, @"\{\|SECA00\d:.*?\|\}", Read);
        Assert.NotEqual(row.Markup, markup);
        return SinkHarness.VerifyAsync(markup, row.Packages);
    }

    public static TheoryData<string> CaseIds()
    {
        var data = new TheoryData<string>();
        foreach (var row in SinkRowCases.All)
        {
            data.Add(row.SinkId);
        }

        return data;
    }
}
