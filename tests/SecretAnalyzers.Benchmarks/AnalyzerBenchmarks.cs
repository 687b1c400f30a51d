using System.Collections.Immutable;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SecretAnalyzers.Benchmarks;

public enum RuleSet
{
    /// <summary>The do-nothing analyzer on the literal rule's syntax kinds.</summary>
    Floor,

    /// <summary>A do-nothing analyzer on the same kinds that reads the length of each literal's value.</summary>
    LengthFloor,

    /// <summary>A do-nothing analyzer on the same kinds that reads each literal's characters once.</summary>
    ReadFloor,

    /// <summary>SECA001/SECA008 alone.</summary>
    LiteralRule,

    /// <summary>The literal rule's provider scan alone (<see cref="Phase.LiteralScan"/>).</summary>
    LiteralScanPhase,

    /// <summary>The literal rule's name check alone (<see cref="Phase.LiteralNames"/>).</summary>
    LiteralNamesPhase,

    /// <summary>The literal rule's concatenation and interpolation callback alone (<see cref="Phase.Composites"/>).</summary>
    CompositesPhase,

    /// <summary>The literal callback's length and parent checks alone (<see cref="Phase.LiteralPlacement"/>).</summary>
    PlacementPhase,

    /// <summary>The concatenation callback's gate alone (<see cref="Phase.CompositeGate"/>).</summary>
    CompositeGatePhase,

    /// <summary>The concatenation callback's gate and flattening alone (<see cref="Phase.CompositeFlatten"/>).</summary>
    CompositeFlattenPhase,

    /// <summary>The name check's value gate and name lookup alone (<see cref="Phase.NameLookup"/>).</summary>
    NameLookupPhase,

    /// <summary>Every analyzer SecretAnalyzers ships.</summary>
    AllAnalyzers,

    /// <summary>A do-nothing analyzer on the sink rules' operation kinds that reads each argument's and assigned value's constant.</summary>
    OperationFloor,

    /// <summary>SECA002, SECA003 and SECA004 together.</summary>
    SinkRules,

    /// <summary>SECA002 alone.</summary>
    StripeRule,

    /// <summary>SECA003 alone.</summary>
    AiRule,

    /// <summary>SECA004 alone.</summary>
    CredentialRule,

    /// <summary>SECA005 and SECA006 together.</summary>
    CorsRules,

    /// <summary>SECA005 alone.</summary>
    CorsAnyOriginRule,

    /// <summary>SECA006 alone.</summary>
    CorsCredentialsRule,

    /// <summary>The syntax floor and the operation floor together: what all the rules' registrations cost doing nothing.</summary>
    BothFloors,

    /// <summary>
    /// Each analyzer of the package replaced by a do-nothing stand-in on the same kinds: the length floor for the literal
    /// rule, an operation floor for each of the five operation rules (SECA002–SECA006). What one analyzer per rule
    /// costs before any rule does anything.
    /// </summary>
    StandIns,
}

/// <summary>The analyzers through <see cref="CompilationWithAnalyzers"/> on corpus (a), as the compiler runs them.</summary>
[MemoryDiagnoser]
public class AnalyzerBenchmarks
{
    private CSharpCompilation compilation = null!;
    private ImmutableArray<DiagnosticAnalyzer> analyzers;

    [Params(RuleSet.Floor, RuleSet.LengthFloor, RuleSet.ReadFloor, RuleSet.LiteralRule, RuleSet.AllAnalyzers)]
    public RuleSet Rules { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        compilation = Corpus.MixedCompilation(100_000);
        analyzers = Analyzers(Rules);
    }

    [Benchmark]
    public int AnalyzeCorpus() =>
        compilation.WithAnalyzers(analyzers).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult().Length;

    public static ImmutableArray<DiagnosticAnalyzer> Analyzers(RuleSet rules) => rules switch
    {
        RuleSet.Floor => ImmutableArray.Create<DiagnosticAnalyzer>(new FloorAnalyzer()),
        RuleSet.LengthFloor => ImmutableArray.Create<DiagnosticAnalyzer>(new ReadFloorAnalyzer(readCharacters: false)),
        RuleSet.ReadFloor => ImmutableArray.Create<DiagnosticAnalyzer>(new ReadFloorAnalyzer(readCharacters: true)),
        RuleSet.LiteralRule => ImmutableArray.Create<DiagnosticAnalyzer>(new HardCodedSecretAnalyzer()),
        RuleSet.LiteralScanPhase => ImmutableArray.Create<DiagnosticAnalyzer>(new PhaseAnalyzer(Phase.LiteralScan)),
        RuleSet.LiteralNamesPhase => ImmutableArray.Create<DiagnosticAnalyzer>(new PhaseAnalyzer(Phase.LiteralNames)),
        RuleSet.CompositesPhase => ImmutableArray.Create<DiagnosticAnalyzer>(new PhaseAnalyzer(Phase.Composites)),
        RuleSet.PlacementPhase => ImmutableArray.Create<DiagnosticAnalyzer>(new PhaseAnalyzer(Phase.LiteralPlacement)),
        RuleSet.CompositeGatePhase => ImmutableArray.Create<DiagnosticAnalyzer>(new PhaseAnalyzer(Phase.CompositeGate)),
        RuleSet.CompositeFlattenPhase => ImmutableArray.Create<DiagnosticAnalyzer>(new PhaseAnalyzer(Phase.CompositeFlatten)),
        RuleSet.NameLookupPhase => ImmutableArray.Create<DiagnosticAnalyzer>(new PhaseAnalyzer(Phase.NameLookup)),
        RuleSet.OperationFloor => ImmutableArray.Create<DiagnosticAnalyzer>(new OperationFloorAnalyzer()),
        RuleSet.SinkRules => ImmutableArray.Create<DiagnosticAnalyzer>(new StripeSdkKeyAnalyzer(), new AiSdkKeyAnalyzer(), new CredentialSinkAnalyzer()),
        RuleSet.StripeRule => ImmutableArray.Create<DiagnosticAnalyzer>(new StripeSdkKeyAnalyzer()),
        RuleSet.AiRule => ImmutableArray.Create<DiagnosticAnalyzer>(new AiSdkKeyAnalyzer()),
        RuleSet.CredentialRule => ImmutableArray.Create<DiagnosticAnalyzer>(new CredentialSinkAnalyzer()),
        RuleSet.CorsRules => ImmutableArray.Create<DiagnosticAnalyzer>(new CorsAnyOriginAnalyzer(), new CorsAnyOriginWithCredentialsAnalyzer()),
        RuleSet.CorsAnyOriginRule => ImmutableArray.Create<DiagnosticAnalyzer>(new CorsAnyOriginAnalyzer()),
        RuleSet.CorsCredentialsRule => ImmutableArray.Create<DiagnosticAnalyzer>(new CorsAnyOriginWithCredentialsAnalyzer()),
        RuleSet.BothFloors => ImmutableArray.Create<DiagnosticAnalyzer>(new ReadFloorAnalyzer(readCharacters: false), new OperationFloorAnalyzer()),
        RuleSet.StandIns => ImmutableArray.Create<DiagnosticAnalyzer>(
            new ReadFloorAnalyzer(readCharacters: false), new OperationFloorAnalyzer(), new OperationFloorAnalyzer(), new OperationFloorAnalyzer(), new OperationFloorAnalyzer(), new OperationFloorAnalyzer()),
        _ => typeof(HardCodedSecretAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttributes(typeof(DiagnosticAnalyzerAttribute), false).Length > 0)
            .Select(t => (DiagnosticAnalyzer)System.Activator.CreateInstance(t)!)
            .ToImmutableArray(),
    };
}
