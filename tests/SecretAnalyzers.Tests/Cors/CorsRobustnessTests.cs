using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SecretAnalyzers.Tests.Infrastructure;
using SecretAnalyzers.Tests.Robustness;

namespace SecretAnalyzers.Tests.Cors;

/// <summary>The CORS rules on the states an editor passes through while a policy is typed, against the real ASP.NET Core references.</summary>
public class CorsRobustnessTests
{
    private const string Source = """
        using System;
        using System.Collections.Generic;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Cors.Infrastructure;
        using Microsoft.AspNetCore.Http;
        using Microsoft.Extensions.DependencyInjection;
        class Startup
        {
            void Services(IServiceCollection services, IApplicationBuilder app, HashSet<string> allowed) =>
                services.AddCors(options =>
                {
                    options.AddPolicy("a", p => p.SetIsOriginAllowed(o => o.EndsWith("contoso.com")).AllowCredentials().AllowAnyHeader());
                    options.AddPolicy("b", p => { p.AllowAnyOrigin(); p.AllowCredentials(); p.DisallowCredentials(); });
                    options.AddDefaultPolicy(p => p.WithOrigins("https://*.com", "null").SetIsOriginAllowedToAllowWildcardSubdomains());
                    options.AddPolicy("c", new CorsPolicy { Origins = { "*" }, SupportsCredentials = true, IsOriginAllowed = allowed.Contains });
                });

            void Middleware(HttpContext context)
            {
                var builder = new CorsPolicyBuilder("*");
                builder.SetIsOriginAllowed(Any);
                context.Response.Headers.AccessControlAllowOrigin = context.Request.Headers.Origin;
                context.Response.Headers["Access-Control-Allow-Credentials"] = "true";
                static bool Any(string origin) { return true; }
            }
        }
        """;

    [Fact]
    public async Task A_policy_cut_anywhere_or_with_a_token_deleted_throws_in_no_analyzer()
    {
        var references = await SdkPackages.ReferencesAsync(SdkPackages.AspNetCore);
        var tokens = CSharpSyntaxTree.ParseText(Source).GetRoot().DescendantTokens().ToArray();
        var random = new Random(20);
        var variants = Enumerable.Range(1, 60).Select(i => Source[..(int)((long)Source.Length * i / 61)])
            .Concat(Enumerable.Range(0, 40).Select(_ => tokens[random.Next(tokens.Length)]).Select(token => Source.Remove(token.SpanStart, token.Span.Length)));

        var failures = variants.SelectMany(variant => AnalyzerRun.Failures(CSharpCompilation.Create(
            "Typing",
            new[] { CSharpSyntaxTree.ParseText(variant, new CSharpParseOptions(LanguageVersion.Latest)) },
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)))).ToArray();

        Assert.Empty(failures);
    }

    [Fact]
    public async Task The_whole_source_reports_each_policy_once()
    {
        var diagnostics = await Sinks.SinkHarness.AnalyzeAsync(Source, SdkPackages.AspNetCore);

        // a: weak predicate with credentials; b: credentials taken back; default: top-level wildcard and "null";
        // c: "*" with credentials by hand; the builder local: "*" (the predicate comes after it); the hand-set header.
        Assert.True(new[] { "SECA006", "SECA005", "SECA005", "SECA006", "SECA005", "SECA006" }.SequenceEqual(diagnostics.Select(d => d.Id)), Sinks.SinkHarness.Describe(diagnostics, Source));
    }

    [Fact]
    public async Task A_statement_that_names_the_credentials_header_thousands_of_times_is_read_once()
    {
        // The header's statement was read once per name in it: 20,000 names cost the search 20,000 reads of 40,000 tokens.
        var names = string.Join(", ", Enumerable.Repeat("\"Access-Control-Allow-Credentials\"", 20_000));
        var source = """
            using Microsoft.AspNetCore.Http;
            class Middleware
            {
                void Invoke(HttpContext context)
                {
                    context.Response.Headers["Access-Control-Allow-Origin"] = "*";
                    var names = new[] { NAMES };
                }
            }
            """.Replace("NAMES", names);

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var diagnostics = await Sinks.SinkHarness.AnalyzeAsync(source, SdkPackages.AspNetCore);

        // Any origin, and no statement that sets the credentials header to "true": SECA005, not SECA006.
        Assert.Equal(new[] { "SECA005" }, diagnostics.Select(d => d.Id).ToArray());
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"{watch.Elapsed.TotalSeconds:F1} s");
    }
}
