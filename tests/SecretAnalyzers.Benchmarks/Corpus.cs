using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SecretAnalyzers.Benchmarks;

/// <summary>
/// Deterministic corpora. (a) a project of realistic mixed literals — identifiers, SQL, URLs, JSON, UI text, paths,
/// format strings, base64 blobs, GUIDs, hex hashes, near-miss prefixes and a few real-shaped secrets — spread over
/// methods the way code holds them; (b) single literals of a given size.
/// </summary>
public static class Corpus
{
    private const string Base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private const string Hex = "0123456789abcdef";

    private static readonly string[] Words =
    {
        "customer", "order", "payment", "invoice", "shipping", "address", "total", "price", "discount", "status",
        "pending", "completed", "failed", "retry", "account", "balance", "refund", "currency", "session", "profile",
    };

    /// <summary>The literal values of corpus (a), in order; without secrets, the secrets' places hold ordinary literals.</summary>
    public static List<string> MixedLiterals(int count, int seed = 42, bool secrets = true, bool candidates = true)
    {
        var random = new Random(seed);
        var literals = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            literals.Add(NextLiteral(random, secrets ? i : 0, candidates));
        }

        return literals;
    }

    /// <summary>
    /// Corpus (a) as C# source: classes of methods whose statements hold the literals, one literal in ten as a class
    /// constant, one in six of the rest in a literal-plus-literal concatenation. Without <paramref name="candidates"/>,
    /// the literals that reach work beyond the scan without being secrets (32-hex hashes, which need the context
    /// check) are left out.
    /// </summary>
    public static CSharpCompilation MixedCompilation(int literalCount, bool secrets = true, int literalsPerFile = 200, bool candidates = true)
    {
        var literals = MixedLiterals(literalCount, secrets: secrets, candidates: candidates);
        var trees = new List<SyntaxTree>();
        for (var start = 0; start < literals.Count; start += literalsPerFile)
        {
            var source = new StringBuilder();
            source.AppendLine("using System; using System.Collections.Generic;");
            source.AppendLine("namespace Shop.Generated");
            source.AppendLine("{");
            source.AppendLine("    public sealed class Service" + (start / literalsPerFile));
            source.AppendLine("    {");
            source.AppendLine("        private static void Log(string message, params object[] args) { }");
            source.AppendLine("        private readonly Dictionary<string, string> settings = new();");
            var end = Math.Min(start + literalsPerFile, literals.Count);
            for (var i = start; i < end; i += 10)
            {
                source.AppendLine("        public string Method" + i + "(int id, string name)");
                source.AppendLine("        {");
                for (var k = i; k < Math.Min(i + 9, end); k++)
                {
                    var literal = SymbolDisplay.FormatLiteral(literals[k], quote: true);
                    source.AppendLine((k % 6) switch
                    {
                        0 => "            var v" + k + " = " + literal + ";",
                        1 => "            Log(" + literal + ", id, name);",
                        2 => "            settings[" + SymbolDisplay.FormatLiteral("key" + k, true) + "] = " + literal + ";",
                        3 => "            if (name == " + literal + ") { return name; }",
                        4 => "            Log(" + literal + " + name);",
                        _ => "            Log(" + literal + " + " + SymbolDisplay.FormatLiteral(Suffix(k), true) + ");",
                    });
                }

                source.AppendLine("            return name + id;");
                source.AppendLine("        }");
                if (i + 9 < end)
                {
                    // Hashes and keys live in class constants as often as in statements.
                    source.AppendLine("        private const string Constant" + (i + 9) + " = " + SymbolDisplay.FormatLiteral(literals[i + 9], quote: true) + ";");
                }
            }

            source.AppendLine("    }");
            source.AppendLine("}");
            trees.Add(CSharpSyntaxTree.ParseText(source.ToString(), path: "Service" + (start / literalsPerFile) + ".cs"));
        }

        return Compile(trees);
    }

    /// <summary>
    /// Whether value <paramref name="index"/> of corpus (a) stands in a concatenation (cases 4 and 5 of the statement
    /// switch in <see cref="MixedCompilation"/>), where the name check does not look at it, rather than alone or as a
    /// class constant (every tenth).
    /// </summary>
    public static bool IsConcatenationPiece(int index) => index % 10 != 9 && index % 6 is 4 or 5;

    /// <summary>Corpus (b): one literal of <paramref name="size"/> characters of mixed, secret-free text.</summary>
    public static string LargeText(int size)
    {
        var random = new Random(7);
        var builder = new StringBuilder(size + 256);
        while (builder.Length < size)
        {
            // Index 0 never draws a secret.
            builder.Append(NextLiteral(random, 0)).Append(' ');
        }

        return builder.ToString(0, size);
    }

    public static CSharpCompilation LargeLiteralCompilation(int size)
    {
        var source = "class Big { const string Text = " + SymbolDisplay.FormatLiteral(LargeText(size), true) + "; }";
        return Compile(new[] { CSharpSyntaxTree.ParseText(source) });
    }

    public static CSharpCompilation Compile(IEnumerable<SyntaxTree> trees)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(System.IO.Path.PathSeparator)
            .Where(p => System.IO.Path.GetFileName(p) is "System.Runtime.dll" or "System.Private.CoreLib.dll" or "System.Collections.dll" or "netstandard.dll")
            .Select(p => MetadataReference.CreateFromFile(p));
        return CSharpCompilation.Create("Corpus", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
    }

    /// <summary>The second piece of a literal-plus-literal concatenation: after a space, or touching the first piece.</summary>
    private static string Suffix(int index) => (index / 6 % 4) switch
    {
        0 => " Please try again.",
        1 => "/items?limit=50",
        2 => ";Timeout=30",
        _ => "-v2",
    };

    private static string NextLiteral(Random random, int index, bool candidates = true)
    {
        // One literal in a thousand is a real-shaped secret (index 999, 1999, …).
        if (index % 1000 == 999)
        {
            return random.Next(3) switch
            {
                0 => "sk_" + "live_" + "51" + Pick(random, Base62, 97),
                1 => "AK" + "IA" + Pick(random, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16),
                _ => "Server=db;User Id=app;Pass" + "word=" + Pick(random, Base62, 14) + ";",
            } + (random.Next(2) == 0 ? "" : " ");
        }

        return random.Next(14) switch
        {
            0 => Words[random.Next(Words.Length)] + char.ToUpperInvariant(Words[random.Next(Words.Length)][0]) + "Id",
            1 => "SELECT id, " + Words[random.Next(Words.Length)] + " FROM " + Words[random.Next(Words.Length)] + "s WHERE id = @id AND status = 'pending'",
            2 => "https://api.example.com/v1/" + Words[random.Next(Words.Length)] + "s/" + random.Next(100000) + "?expand=items&limit=" + random.Next(100),
            3 => "{\"" + Words[random.Next(Words.Length)] + "\": " + random.Next(1000) + ", \"name\": \"" + Words[random.Next(Words.Length)] + "\", \"active\": true}",
            4 => "The " + Words[random.Next(Words.Length)] + " could not be processed. Please try again later or contact support.",
            5 => "C:\\Users\\build\\source\\repos\\Shop\\src\\" + Words[random.Next(Words.Length)] + "\\appsettings.json",
            6 => "{0} " + Words[random.Next(Words.Length)] + "(s) for {1:C2} on {2:yyyy-MM-dd}",
            7 => Convert.ToBase64String(Bytes(random, 48)),
            8 => new Guid(Bytes(random, 16)).ToString(),
            // Hashes: MD5 (32, the shape of a Twilio auth token), SHA-1 (40, the length of an AWS secret key), SHA-256.
            9 => Pick(random, Hex, random.Next(3) switch { 0 when candidates => 32, 1 => 40, _ => 64 }),
            10 => random.Next(4) switch
            {
                0 => "sk-button sk-button--primary",
                1 => "npm_package_version",
                2 => "pk_" + "live_" + "51" + Pick(random, Base62, 97),
                _ => "cus_" + Pick(random, Base62, 14),
            },
            11 => Words[random.Next(Words.Length)],
            12 => "application/json",
            _ => "/" + Words[random.Next(Words.Length)] + "/" + Words[random.Next(Words.Length)] + "/{id:int}",
        };
    }

    public static string Pick(Random random, string alphabet, int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = alphabet[random.Next(alphabet.Length)];
        }

        return new string(chars);
    }

    private static byte[] Bytes(Random random, int count)
    {
        var bytes = new byte[count];
        random.NextBytes(bytes);
        return bytes;
    }
}
