using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SecretAnalyzers.Benchmarks;

/// <summary>
/// Corpus (c): an app that uses Stripe.net, OpenAI, the AWS SDK and ASP.NET Core CORS the way services do — thousands
/// of SDK calls, almost all with keys read at run time, and CORS policies and response headers, almost all explicit —
/// among the ordinary calls, object creations and assignments around them, compiled against the real assemblies. One
/// call in a thousand hard-codes its key, and one policy in a thousand allows any origin.
/// </summary>
public static class SinkCorpus
{
    public static CSharpCompilation Compilation(int statementCount, int statementsPerFile = 200)
    {
        var trees = new List<SyntaxTree>();
        for (var start = 0; start < statementCount; start += statementsPerFile)
        {
            var source = new StringBuilder();
            source.AppendLine("using System; using System.Collections.Generic; using System.Net.Http; using System.Text;");
            source.AppendLine("using Amazon.Runtime; using OpenAI; using OpenAI.Chat; using Stripe;");
            source.AppendLine("using Microsoft.AspNetCore.Cors.Infrastructure; using Microsoft.AspNetCore.Http;");
            source.AppendLine("namespace Shop.Sinks");
            source.AppendLine("{");
            source.AppendLine("    public sealed class Client" + (start / statementsPerFile));
            source.AppendLine("    {");
            source.AppendLine("        private static string Key(string name) => Environment.GetEnvironmentVariable(name) ?? throw new InvalidOperationException(name);");
            var end = Math.Min(start + statementsPerFile, statementCount);
            for (var i = start; i < end; i += 20)
            {
                source.AppendLine("        public object Run" + i + "(HttpRequestMessage request, List<string> names, StringBuilder text, int id, CorsOptions cors, HttpContext http)");
                source.AppendLine("        {");
                source.AppendLine("            object last = id;");
                for (var k = i; k < Math.Min(i + 20, end); k++)
                {
                    source.AppendLine("            " + Statement(k));
                }

                source.AppendLine("            return last;");
                source.AppendLine("        }");
            }

            source.AppendLine("    }");
            source.AppendLine("}");
            trees.Add(CSharpSyntaxTree.ParseText(source.ToString(), path: "Client" + (start / statementsPerFile) + ".cs"));
        }

        return CSharpCompilation.Create(
            "SinkCorpus",
            trees,
            References(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable));
    }

    /// <summary>A third of the statements reach an SDK sink; the rest are the calls and assignments around them.</summary>
    private static string Statement(int k)
    {
        if (k % 1000 == 999)
        {
            return "last = new StripeClient(\"hard-coded-key-" + k + "\");";
        }

        if (k % 1000 == 998)
        {
            return "cors.AddPolicy(\"open" + k + "\", p => p.AllowAnyOrigin());";
        }

        return (k % 18) switch
        {
            0 => "last = new StripeClient(Key(\"STRIPE_SECRET_KEY\"));",
            1 => "last = new OpenAIClient(Key(\"OPENAI_API_KEY\"));",
            2 => "last = new ChatClient(\"gpt-4o-mini\", Key(\"OPENAI_API_KEY\"));",
            3 => "last = new RequestOptions { ApiKey = Key(\"STRIPE_SECRET_KEY\"), IdempotencyKey = \"order-" + k + "\" };",
            4 => "last = new BasicAWSCredentials(Key(\"AWS_ACCESS_KEY_ID\"), Key(\"AWS_SECRET_ACCESS_KEY\"));",
            5 => "request.Headers.Add(\"Accept\", \"application/json\");",
            6 => "request.Headers.TryAddWithoutValidation(\"Authorization\", \"Bearer \" + Key(\"API_TOKEN\"));",
            7 => "names.Add(\"customer-\" + id);",
            8 => "text.Append(\"total: \").Append(id).AppendLine();",
            9 => "last = new List<string> { \"pending\", \"completed\" };",
            10 => "last = new Uri(\"https://api.example.com/v1/orders/\" + id);",
            11 => "last = string.Format(\"{0}-{1}\", \"invoice\", id);",
            12 => "id = Math.Max(id, names.Count);",
            13 => "last = new PaymentIntentCreateOptions { Amount = id, Currency = \"eur\", Description = \"order \" + id };",
            14 => "last = Console.Out.Encoding.GetBytes(\"ok\");",
            15 => "cors.AddPolicy(\"shop\" + id, p => p.WithOrigins(\"https://shop.example.com\").AllowAnyHeader().AllowCredentials());",
            16 => "http.Response.Headers[\"Cache-Control\"] = \"no-store\";",
            _ => "http.Response.Headers.Append(\"Vary\", \"Origin\");",
        };
    }

    private static IEnumerable<MetadataReference> References()
    {
        var framework = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(System.IO.Path.PathSeparator)
            .Where(p => System.IO.Path.GetFileName(p) is "System.Runtime.dll" or "System.Private.CoreLib.dll" or "System.Collections.dll" or "netstandard.dll"
                or "System.Net.Http.dll" or "System.Net.Primitives.dll" or "System.Console.dll" or "System.Text.Encoding.Extensions.dll" or "System.Memory.dll" or "System.Private.Uri.dll");
        var sdks = new[]
            {
                typeof(Stripe.StripeClient), typeof(OpenAI.OpenAIClient), typeof(System.ClientModel.ApiKeyCredential), typeof(Amazon.Runtime.BasicAWSCredentials),
                typeof(Microsoft.AspNetCore.Cors.Infrastructure.CorsPolicyBuilder), typeof(Microsoft.AspNetCore.Http.HttpContext), typeof(Microsoft.AspNetCore.Http.IHeaderDictionary),
                typeof(Microsoft.AspNetCore.Http.HeaderDictionaryExtensions), typeof(Microsoft.Extensions.Primitives.StringValues),
            }
            .Select(t => t.Assembly.Location);
        return framework.Concat(sdks).Distinct().Select(p => MetadataReference.CreateFromFile(p));
    }
}
