using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SecretAnalyzers.Benchmarks;

/// <summary>
/// Deep and wide syntax that compiles and that an analyzer must survive in linear time: long concatenation chains
/// (left- and right-nested), deeply nested parentheses and interpolations, and classes holding tens of thousands of
/// hash-shaped constants. Each one is timed against the length floor on the same input (<see cref="RobustnessReport"/>).
/// </summary>
public static class RobustnessInputs
{
    private const string Hex = "0123456789abcdef";
    private const string Base64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    /// <summary>Every input by name, at the size the robustness tests use.</summary>
    public static IEnumerable<(string Name, Func<CSharpCompilation> Create)> All()
    {
        yield return ("100,000-piece constant concatenation", () => ConstantConcatenation(100_000));
        yield return ("100,000-piece concatenation of literals and names", () => MixedConcatenation(100_000));
        yield return ("2,000-deep right-nested concatenation", () => RightNestedConcatenation(2_000));
        yield return ("2,000-deep parentheses", () => NestedParentheses(2_000));
        // The compiler's own binding of nested interpolations doubles with each level (Roslyn 4.8 and 5): 20 levels take
        // seconds before any analyzer runs. The flattening itself is tested 5,000 levels deep on syntax alone.
        yield return ("12-deep nested interpolations", () => NestedInterpolations(12));
        yield return ("50,000 MD5-shaped constants in one class", () => HashConstants(50_000, 32, Hex));
        yield return ("50,000 SHA-1-shaped constants in one class", () => HashConstants(50_000, 40, Hex));
        yield return ("50,000 40-character base64 constants in one class", () => HashConstants(50_000, 40, Base64));
        yield return ("20,000 MD5-shaped array elements", () => HashArray(20_000));
        yield return ("30,000 locals of one declaration joined in one interpolation", () => LocalsInOneInterpolation(30_000));
    }

    /// <summary>
    /// Single huge literals, timed against each other rather than against the floor (which reads one length): what they
    /// hold, not how many there are, is what costs.
    /// </summary>
    public static IEnumerable<(string Name, Func<CSharpCompilation> Create)> HugeLiterals()
    {
        yield return ("1 MiB literal of plain words", () => RepeatedLiteral(1 << 20, PlainWords));
        yield return ("1 MiB literal packed with near-miss prefixes", () => RepeatedLiteral(1 << 20, NearMisses));

        // Corpus (b): the kinds of text corpus (a)'s literals hold (SQL, URLs, JSON, paths, hashes, prose) run together.
        yield return ("1 MiB literal of mixed code text (corpus (b))", () => Corpus.LargeLiteralCompilation(1 << 20));
        yield return ("5 MB literal of Stripe-shaped keys (46,000)", () => KeysLiteral(5_000_000));
    }

    /// <summary>The first input of <see cref="All"/> or <see cref="HugeLiterals"/> whose name holds <paramref name="part"/>.</summary>
    public static CSharpCompilation Named(string part)
    {
        foreach (var (name, create) in All().Concat(HugeLiterals()))
        {
            if (name.Contains(part, StringComparison.OrdinalIgnoreCase))
            {
                return create();
            }
        }

        throw new ArgumentException("No robustness input is named like " + part, nameof(part));
    }

    /// <summary>Text a literal of prose is made of: the baseline for the near-miss literal of the same size.</summary>
    public const string PlainWords = "The order could not be saved because the payment was declined by the bank. ";

    /// <summary>Every prefix and key a secret format starts from, each one character short of a secret.</summary>
    public const string NearMisses = "sk-proj-x sk_live_ ghp_ AKIA -----BEGIN x Password= Pwd=; xoxb- eyJ0 AccountKey= https://u:@h ";

    /// <summary>One literal of generated Stripe-shaped live keys, separated by new lines: the flood the reporting limits cap.</summary>
    public static CSharpCompilation KeysLiteral(int size)
    {
        var random = new Random(size);
        var text = new StringBuilder(size + 128);
        while (text.Length < size)
        {
            text.Append("sk_").Append("live_51").Append(Corpus.Pick(random, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", 97)).Append("\\n");
        }

        return Compile("class Keys { const string All = \"" + text + "\"; }");
    }

    /// <summary>One literal of <paramref name="unit"/> repeated to <paramref name="size"/> characters.</summary>
    public static CSharpCompilation RepeatedLiteral(int size, string unit)
    {
        var text = new StringBuilder(size + unit.Length);
        while (text.Length < size)
        {
            text.Append(unit);
        }

        return Compile("class Text { const string All = \"" + text.ToString(0, size) + "\"; }");
    }

    /// <summary><c>const string S = "a0" + "a1" + …;</c>: one long, left-leaning constant chain.</summary>
    public static CSharpCompilation ConstantConcatenation(int pieces)
    {
        var source = new StringBuilder("class C { const string S = \"p0\"");
        for (var i = 1; i < pieces; i++)
        {
            source.Append(" + \"p").Append(i).Append('"');
        }

        return Compile(source.Append("; }").ToString());
    }

    /// <summary><c>"k0=" + name + "k1=" + name …</c>: literals and a parameter, never constant.</summary>
    public static CSharpCompilation MixedConcatenation(int pieces)
    {
        var source = new StringBuilder("class C { string M(string name) => \"k0=\"");
        for (var i = 1; i < pieces; i++)
        {
            source.Append(i % 2 == 0 ? " + \"k" + i + "=\"" : " + name");
        }

        return Compile(source.Append("; }").ToString());
    }

    /// <summary><c>"a" + ("b" + ("c" + …))</c>: a chain that leans right, so every level is a parenthesis deeper.</summary>
    public static CSharpCompilation RightNestedConcatenation(int depth)
    {
        var source = new StringBuilder("class C { const string S = ");
        for (var i = 0; i < depth; i++)
        {
            source.Append("\"r").Append(i).Append("\" + (");
        }

        source.Append("\"end\"").Append(')', depth);
        return Compile(source.Append("; }").ToString());
    }

    /// <summary><c>((((… "a" + "b" …))))</c>.</summary>
    public static CSharpCompilation NestedParentheses(int depth)
    {
        var source = new StringBuilder("class C { const string S = ").Append('(', depth).Append("\"sk_\" + \"live\"").Append(')', depth);
        return Compile(source.Append("; }").ToString());
    }

    /// <summary><c>$"a{$"b{$"c{…}"}"}"</c>, each level a hole of the one around it.</summary>
    public static CSharpCompilation NestedInterpolations(int depth) => Compile(NestedInterpolationsSource(depth));

    public static string NestedInterpolationsSource(int depth)
    {
        var source = new StringBuilder("class C { string M(int n) => ");
        for (var i = 0; i < depth; i++)
        {
            source.Append("$\"level").Append(i).Append("={");
        }

        source.Append('n');
        for (var i = 0; i < depth; i++)
        {
            source.Append("}\"");
        }

        return source.Append("; }").ToString();
    }

    /// <summary>One class of <paramref name="count"/> constants whose values have the shape of a context-dependent secret.</summary>
    public static CSharpCompilation HashConstants(int count, int length, string alphabet)
    {
        var random = new Random(count + length);
        var source = new StringBuilder("class Hashes {\n");
        for (var i = 0; i < count; i++)
        {
            source.Append("    public const string H").Append(i).Append(" = \"").Append(Pick(random, alphabet, length)).Append("\";\n");
        }

        return Compile(source.Append('}').ToString());
    }

    /// <summary>One array initializer of MD5-shaped strings: every element's siblings are the whole initializer.</summary>
    /// <summary>One declaration of many locals, all joined in one interpolation: each name a piece a token could cross into.</summary>
    public static CSharpCompilation LocalsInOneInterpolation(int count)
    {
        var source = new StringBuilder("class Locals { string M() { string ");
        for (var i = 0; i < count; i++)
        {
            source.Append(i == 0 ? "" : ", ").Append('a').Append(i).Append(" = \"x\"");
        }

        source.Append("; return $\"key=");
        for (var i = 0; i < count; i++)
        {
            source.Append("{a").Append(i).Append('}');
        }

        return Compile(source.Append("\"; } }").ToString());
    }

    public static CSharpCompilation HashArray(int count)
    {
        var random = new Random(count);
        var source = new StringBuilder("class Hashes { static readonly string[] All = {\n");
        for (var i = 0; i < count; i++)
        {
            source.Append("    \"").Append(Pick(random, Hex, 32)).Append("\",\n");
        }

        return Compile(source.Append("}; }").ToString());
    }

    private static CSharpCompilation Compile(string source) =>
        Corpus.Compile(new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest)) });

    /// <summary>A random value; a base64 one is made mixed-case, so that it is not ruled out as an identifier before the context check.</summary>
    private static string Pick(Random random, string alphabet, int length)
    {
        var value = Corpus.Pick(random, alphabet, length);
        return alphabet.Length > 16 ? "Az7" + value.Substring(3) : value;
    }
}

/// <summary>Times the literal rule against the length floor on one robustness input: Roslyn's analyzer execution time, best of several runs.</summary>
public static class RobustnessReport
{
    public static (double RuleMs, double FloorMs) Measure(Compilation compilation, int runs)
    {
        var rule = double.MaxValue;
        var floor = double.MaxValue;
        for (var i = 0; i < runs + 1; i++)
        {
            // The first round pays for JIT and for the compilation's lazily bound declarations; it is not kept.
            var ruleTime = RatioReport.ExecutionTime(RuleSet.LiteralRule, compilation).TotalMilliseconds;
            var floorTime = RatioReport.ExecutionTime(RuleSet.LengthFloor, compilation).TotalMilliseconds;
            if (i > 0)
            {
                rule = Math.Min(rule, ruleTime);
                floor = Math.Min(floor, floorTime);
            }
        }

        return (rule, floor);
    }

    public static void Run(int runs, string filter)
    {
        Console.WriteLine($"robustness inputs: literal rule against the length floor, best of {runs} runs of Roslyn's analyzer execution time");
        foreach (var (name, create) in RobustnessInputs.All())
        {
            if (!name.Contains(filter, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var (rule, floor) = Measure(create(), runs);
            Console.WriteLine($"  {name,-52} rule {rule,9:F1} ms   length floor {floor,7:F1} ms   {rule / floor,7:F1}x");
        }

        var plain = 0.0;
        foreach (var (name, create) in RobustnessInputs.HugeLiterals())
        {
            var (rule, _) = Measure(create(), runs);
            plain = plain == 0 ? rule : plain;
            Console.WriteLine($"  {name,-52} rule {rule,9:F1} ms   {rule / plain,7:F1}x the plain-words literal");
        }
    }
}
