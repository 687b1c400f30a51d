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

/// <summary>SECA001 in code that uses the real SDK packages, restored from NuGet by the test framework: where a sink rule reports a literal, SECA001 does not.</summary>
public class RealSdkTests
{
    [Fact]
    public Task Keys_given_to_the_real_Stripe_and_OpenAI_clients_are_left_to_the_sink_rules() => RunAsync(
        $$"""
        using OpenAI;
        using Stripe;
        class Payments
        {
            StripeClient Stripe = new StripeClient("{{SyntheticTokens.StripeLiveSecret(41)}}");
            OpenAIClient OpenAi = new OpenAIClient("{{SyntheticTokens.OpenAiProject(42)}}");
            void Configure() => StripeConfiguration.ApiKey = "{{SyntheticTokens.StripeTestSecret(43)}}";
            string Logged = "{|SECA001:{{SyntheticTokens.StripeLiveSecret(46)}}|}";
            string TestKey = "{|SECA008:{{SyntheticTokens.StripeTestSecret(47)}}|}";
        }
        """,
        new PackageIdentity("Stripe.net", "53.1.0"), new PackageIdentity("OpenAI", "2.15.0"), new PackageIdentity("System.ClientModel", "1.16.0"));

    [Fact]
    public Task Aws_secret_passed_by_position_to_a_real_aws_credential_type_is_left_to_SECA004() => RunAsync(
        $$"""
        using Amazon.Runtime;
        class Storage
        {
            AWSCredentials Credentials(string accessKeyId) => new BasicAWSCredentials(accessKeyId, "{{SyntheticTokens.AwsSecretAccessKey(44)}}");
            string NotASecret(string accessKeyId) => string.Concat(accessKeyId, "{{SyntheticTokens.AwsSecretAccessKey(45)}}");
        }
        """,
        new PackageIdentity("AWSSDK.Core", "4.1.0"));

    private static async Task RunAsync(string source, params PackageIdentity[] packages)
    {
        var test = new Verify.Test { TestCode = source };
        test.ReferenceAssemblies = await SdkPackages.WithPackagesAsync(ReferenceAssemblies.Net.Net80, packages);
        await test.RunAsync();
    }
}
