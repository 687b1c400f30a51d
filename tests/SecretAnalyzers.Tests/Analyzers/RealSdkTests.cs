using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using SecretAnalyzers.Tests.Infrastructure;
using Verify = SecretAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<SecretAnalyzers.HardCodedSecretAnalyzer>;

namespace SecretAnalyzers.Tests.Analyzers;

/// <summary>SECA001 in code that uses the real SDK packages, restored from NuGet by the test framework.</summary>
public class RealSdkTests
{
    [Fact]
    public Task Keys_given_to_the_real_Stripe_and_OpenAI_clients() => RunAsync(
        $$"""
        using OpenAI;
        using Stripe;
        class Payments
        {
            StripeClient Stripe = new StripeClient({|SECA001:"{{SyntheticTokens.StripeLiveSecret(41)}}"|});
            OpenAIClient OpenAi = new OpenAIClient({|SECA001:"{{SyntheticTokens.OpenAiProject(42)}}"|});
            void Configure() => StripeConfiguration.ApiKey = {|SECA008:"{{SyntheticTokens.StripeTestSecret(43)}}"|};
        }
        """,
        new PackageIdentity("Stripe.net", "53.1.0"), new PackageIdentity("OpenAI", "2.15.0"), new PackageIdentity("System.ClientModel", "1.16.0"));

    [Fact]
    public Task Aws_secret_passed_by_position_to_a_real_aws_credential_type() => RunAsync(
        $$"""
        using Amazon.Runtime;
        class Storage
        {
            AWSCredentials Credentials(string accessKeyId) => new BasicAWSCredentials(accessKeyId, {|SECA001:"{{SyntheticTokens.AwsSecretAccessKey(44)}}"|});
            string NotASecret(string accessKeyId) => string.Concat(accessKeyId, "{{SyntheticTokens.AwsSecretAccessKey(45)}}");
        }
        """,
        new PackageIdentity("AWSSDK.Core", "4.1.0"));

    private static async Task RunAsync(string source, params PackageIdentity[] packages)
    {
        var test = new Verify.Test { TestCode = source };
        test.ReferenceAssemblies = await WithPackagesAsync(ReferenceAssemblies.Net.Net80, packages);
        await test.RunAsync();
    }

    /// <summary>
    /// On a cold package cache, Testing 1.1.4 resolves a package it has just downloaded without the package's own
    /// assemblies (CS0246 follows), and answers every equal request the same way for the rest of the process. An
    /// equivalent set that names one framework assembly again is resolved afresh and sees the download.
    /// </summary>
    private static async Task<ReferenceAssemblies> WithPackagesAsync(ReferenceAssemblies framework, PackageIdentity[] packages)
    {
        var references = framework.AddPackages(ImmutableArray.Create(packages));
        if (!HoldsEvery(await references.ResolveAsync(LanguageNames.CSharp, CancellationToken.None), packages))
        {
            references = references.AddAssemblies(ImmutableArray.Create("System.Runtime"));
            Assert.True(HoldsEvery(await references.ResolveAsync(LanguageNames.CSharp, CancellationToken.None), packages), "the SDK packages resolve");
        }

        return references;
    }

    private static bool HoldsEvery(ImmutableArray<MetadataReference> resolved, PackageIdentity[] packages) =>
        packages.All(package => resolved.Any(reference => string.Equals(Path.GetFileNameWithoutExtension(reference.Display), package.Id, StringComparison.OrdinalIgnoreCase)));
}
