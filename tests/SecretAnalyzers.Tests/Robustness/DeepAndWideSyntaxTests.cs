using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecretAnalyzers.Benchmarks;

namespace SecretAnalyzers.Tests.Robustness;

/// <summary>
/// Syntax a user can write and the compiler accepts, deep or wide enough to break a recursive walk or a per-candidate
/// walk of a whole class: the analyzers neither throw nor overflow the stack, and stay within a fixed multiple of the
/// length floor (a do-nothing analyzer on the same syntax kinds that reads each literal's length) on the same input.
/// A quadratic step shows as hundreds or thousands of times the floor at these sizes.
/// </summary>
[Collection(nameof(DeepAndWideSyntaxTests))]
public class DeepAndWideSyntaxTests
{
    /// <summary>
    /// The most the literal rule may cost, in multiples of the length floor, on any of these inputs. Some are the worst
    /// case on purpose: every literal a candidate that goes on to the context check, about 1 to 2 microseconds each in
    /// Release against a floor that only reads a length (20 to 42 times it there: docs/performance.md), and the tests
    /// run a Debug build of the rule, several times slower, beside a floor of a millisecond or two. A walk of the
    /// class per candidate, as before (about 30 s for 8,000 hash constants), costs tens of thousands of times the floor.
    /// </summary>
    private const double Budget = 400;

    public static IEnumerable<object[]> Inputs() => RobustnessInputs.All().Select(input => new object[] { input.Name });

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Input_compiles_and_no_analyzer_throws(string name)
    {
        var compilation = Create(name);

        Assert.DoesNotContain(compilation.SyntaxTrees.Single().GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
        Assert.Empty(AnalyzerRun.Failures(compilation));
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Literal_rule_stays_within_its_budget_against_the_length_floor(string name)
    {
        var (rule, floor) = RobustnessReport.Measure(Create(name), runs: 3);

        Assert.True(rule <= Budget * floor, $"{name}: literal rule {rule:F1} ms, length floor {floor:F1} ms: {rule / floor:F1}x, budget {Budget}x");
    }

    [Fact]
    public void A_hundred_thousand_nested_interpolations_flatten_without_recursion()
    {
        // Built with the syntax factory: the compiler's own lexer takes seconds on a few hundred levels of nesting, but
        // the analyzer must not depend on that for its stack.
        const int depth = 100_000;
        ExpressionSyntax expression = SyntaxFactory.IdentifierName("n");
        for (var i = 0; i < depth; i++)
        {
            var text = "level" + i + "=";
            expression = SyntaxFactory.InterpolatedStringExpression(
                SyntaxFactory.Token(SyntaxKind.InterpolatedStringStartToken),
                SyntaxFactory.List(new InterpolatedStringContentSyntax[]
                {
                    SyntaxFactory.InterpolatedStringText(SyntaxFactory.Token(default, SyntaxKind.InterpolatedStringTextToken, text, text, default)),
                    SyntaxFactory.Interpolation(expression),
                }),
                SyntaxFactory.Token(SyntaxKind.InterpolatedStringEndToken));
        }

        var pieces = new List<Piece>();
        LiteralPieces.Flatten(expression, pieces);

        // Each level's text, outermost first, then the name in the innermost hole.
        Assert.Equal(depth + 1, pieces.Count);
        Assert.Equal("level" + (depth - 1) + "=", pieces[0].Value);
        Assert.Equal("level0=", pieces[depth - 1].Value);
        Assert.Equal(PieceKind.Symbol, pieces[depth].Kind);
        Assert.True(LiteralPieces.HoldsStringPiece(expression));
    }

    private static Compilation Create(string name) => RobustnessInputs.All().Single(input => input.Name == name).Create();
}

/// <summary>Timed alone: a test running beside it would be charged to whichever analyzer it interrupts.</summary>
[CollectionDefinition(nameof(DeepAndWideSyntaxTests), DisableParallelization = true)]
public sealed class DeepAndWideSyntaxTestsCollection
{
}
