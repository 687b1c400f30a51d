using System.IO;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using SecretAnalyzers.Benchmarks;

// `ratios`: Roslyn's analyzer timing against the floor on corpus (a) (what the README reports).
// `profile [rounds] [input or rule set]`: the literal rule over corpus (a), or over a robustness input, or a rule set such
// as CompositesPhase over corpus (a), in a loop, for a sampling profiler.
// `profile-sinks [rounds] [rule set]`: a rule set (StripeRule by default) over corpus (c), likewise.
// `phases [rule set ...]`: each part of the literal rule alone on corpus (a), to see where its cost goes (or only the
// rule sets named, beside both floors).
// `sinks [statements]`: the SDK sink rules against the operation floor on corpus (c), which references the SDKs.
// `robustness [filter]`: the literal rule against the length floor on deep and wide syntax. Its huge literals take a few
// milliseconds, too few rounds for the JIT to tier up: compare them under DOTNET_TieredCompilation=0.
// `linearity`: the text scans over many repeated near-miss units at two sizes, to find a quadratic one (LinearitySweep.cs).
// `census <folder>`: the analyzers over a folder of real C# files: findings by format, and the ratio.
// `acceptance <work folder> <package.nupkg> [library] [rounds]`: the packed package over real libraries' product code,
// beside the floors and the peer's secret rules (Acceptance.cs).
// Anything else goes to BenchmarkDotNet, e.g. `--filter '*'`.
if (args.Length > 0 && args[0] == "ratios")
{
    RatioReport.Run(literalCount: args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000, runs: 9);
    return;
}

if (args.Length > 0 && args[0] == "profile")
{
    // For a sampling profiler (dotnet-trace): the literal rule over corpus (a), or over the robustness input whose name
    // holds the second argument, or the rule set it names over corpus (a), again and again.
    var named = RuleSet.LiteralRule;
    var isRuleSet = args.Length > 2 && System.Enum.TryParse(args[2], out named);
    var phase = isRuleSet ? named : RuleSet.LiteralRule;
    var corpus = args.Length > 2 && !isRuleSet ? RobustnessInputs.Named(args[2]) : Corpus.MixedCompilation(100_000);
    for (var i = 0; i < (args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 40); i++)
    {
        RatioReport.ExecutionTime(phase, corpus);
    }

    return;
}

if (args.Length > 0 && args[0] == "profile-sinks")
{
    var corpus = SinkCorpus.Compilation(30_000);
    var rules = args.Length > 2 ? System.Enum.Parse<RuleSet>(args[2]) : RuleSet.StripeRule;
    for (var i = 0; i < (args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 40); i++)
    {
        RatioReport.ExecutionTime(rules, corpus);
    }

    return;
}

if (args.Length > 0 && args[0] == "phases")
{
    RatioReport.Phases(literalCount: 100_000, runs: 7, args.Skip(1).Select(System.Enum.Parse<RuleSet>).ToArray());
    return;
}

if (args.Length > 0 && args[0] == "sinks")
{
    SinkReport.Run(statementCount: args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 30_000, runs: 9);
    return;
}

if (args.Length > 0 && args[0] == "linearity")
{
    LinearitySweep.Run();
    return;
}

if (args.Length > 0 && args[0] == "robustness")
{
    RobustnessReport.Run(runs: 3, filter: args.Length > 1 ? args[1] : "");
    return;
}

if (args.Length > 1 && args[0] == "census")
{
    Census.Run(args[1]);
    return;
}

if (args.Length > 2 && args[0] == "acceptance")
{
    Acceptance.Run(args[1], Path.GetFullPath(args[2]), filter: args.Length > 3 ? args[3] : "", runs: args.Length > 4 ? int.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture) : 3);
    return;
}

var config = DefaultConfig.Instance.AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance));
BenchmarkSwitcher.FromAssembly(typeof(Corpus).Assembly).Run(args, config);
