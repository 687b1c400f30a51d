using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using SecretAnalyzers.Tests.Infrastructure;

namespace SecretAnalyzers.Tests.Package;

/// <summary>
/// <c>dotnet format analyzers</c> with the packed package on a small multi-file ASP.NET Core app: no SECA001–SECA004
/// left, no secret left in any file, each distinct secret read from its own key, and the app builds with warnings as
/// errors.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class DotnetFormatEndToEndTests : IDisposable
{
    private readonly PackedPackage package;
    private readonly string folder = Path.Combine(Path.GetTempPath(), "secretanalyzers-format-" + Guid.NewGuid().ToString("N"));

    public DotnetFormatEndToEndTests(PackedPackage package) => this.package = package;

    [Fact]
    public void Dotnet_format_moves_every_secret_out_of_the_code_and_the_app_still_builds()
    {
        var github = SyntheticTokens.GitHubClassic("p", 61);
        var stripe = SyntheticTokens.StripeLiveSecret(62);
        var legacyStripe = SyntheticTokens.StripeLiveSecret(63);
        const string MailPassword = "Xk29!qLw7RtQ";
        const string DbPassword = "Tq7vR2xWm9Lk";
        ConsumerProject.Create(folder, package);
        var project = Path.Combine(folder, "Consumer.csproj");
        File.WriteAllText(project, File.ReadAllText(project)
            .Replace("Microsoft.NET.Sdk\"", "Microsoft.NET.Sdk.Web\"", StringComparison.Ordinal)
            .Replace("</TargetFramework>", "</TargetFramework>\n    <Nullable>enable</Nullable>\n    <ImplicitUsings>enable</ImplicitUsings>", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(folder, "Program.cs"), $$"""
            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddSingleton<Payments>();
            builder.Services.AddSingleton<Billing>();
            var token = "{{github}}";
            var app = builder.Build();
            app.MapGet("/", (Payments p, Billing b) => p.Key().Length + b.LegacyKey().Length + token.Length + Keys.Length);
            app.Run();
            """);
        File.WriteAllText(Path.Combine(folder, "Payments.cs"), $$"""
            using System.Net;

            public class Payments
            {
                private readonly string apiKey = "{{stripe}}";

                public string Key() => apiKey;

                public NetworkCredential Mail() => new NetworkCredential("mailer", "{{MailPassword}}");
            }
            """);
        File.WriteAllText(Path.Combine(folder, "Billing.cs"), $$"""
            public class Billing
            {
                // The account we are migrating away from.
                public string LegacyKey() => "{{legacyStripe}}";
            }
            """);
        File.WriteAllText(Path.Combine(folder, "Keys.cs"), """
            public static class Keys
            {
                public const string Db = "Server=db.internal;Database=shop;User Id=app;Pass
            """.TrimEnd() + "word=" + DbPassword + ";\";\n    public static int Length => Db.Length;\n}\n");
        var (restored, restoreOutput) = Repository.Dotnet(folder, "restore", "-nologo");
        Assert.True(restored == 0, restoreOutput);
        var before = Repository.Dotnet(folder, "build", "-nologo", "--no-restore", "--no-incremental");
        Assert.Equal(new[] { "SECA001", "SECA004" }, Ids(before.Output));

        var (formatted, formatOutput) = Repository.Dotnet(folder, "format", "analyzers", "--no-restore", "--diagnostics", "SECA001", "SECA002", "SECA003", "SECA004", "--severity", "warn");
        Assert.True(formatted == 0, formatOutput);

        var after = Repository.Dotnet(folder, "build", "-nologo", "--no-restore", "--no-incremental", "-warnaserror");
        Assert.True(after.ExitCode == 0, after.Output);
        Assert.Empty(Ids(after.Output));
        var code = string.Join("\n", Directory.GetFiles(folder, "*.cs").Select(File.ReadAllText));
        foreach (var secret in new[] { github, stripe, legacyStripe, MailPassword, DbPassword })
        {
            Assert.False(Leaks.AnyRun(secret, code, 8), "a secret is still in the code:\n" + code);
        }

        // Each distinct secret from its own key; configuration where it can be reached, the environment for the const.
        Assert.Contains("builder.Configuration[\"GitHub:Token\"]", code, StringComparison.Ordinal);
        var stripeKeys = Regex.Matches(code, "\"(Stripe:[A-Za-z0-9]+)\"\\]").Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.True(stripeKeys.Count == 2, code);
        Assert.Contains("Environment.GetEnvironmentVariable(\"ConnectionStrings__Db\")", code, StringComparison.Ordinal);
        Assert.Contains("static string Db =>", code, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static string[] Ids(string output) =>
        Regex.Matches(output, @"(warning|error) (SECA00[1-4])").Select(m => m.Groups[2].Value).Distinct().OrderBy(i => i, StringComparer.Ordinal).ToArray();
}
