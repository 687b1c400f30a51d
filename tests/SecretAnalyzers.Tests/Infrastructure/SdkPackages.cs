using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace SecretAnalyzers.Tests.Infrastructure;

/// <summary>The real SDK packages, restored from NuGet by the test framework, grouped the way an app references them.</summary>
public static class SdkPackages
{
    public static readonly PackageIdentity[] None = Array.Empty<PackageIdentity>();
    public static readonly PackageIdentity[] Stripe = { new("Stripe.net", "53.1.0") };
    public static readonly PackageIdentity[] OpenAi = { new("OpenAI", "2.15.0"), new("System.ClientModel", "1.16.0") };
    public static readonly PackageIdentity[] AzureOpenAi = { new("Azure.AI.OpenAI", "2.1.0"), new("OpenAI", "2.15.0"), new("System.ClientModel", "1.16.0"), new("Azure.Core", "1.64.0") };
    public static readonly PackageIdentity[] AzureInference = { new("Azure.AI.Inference", "1.0.0-beta.5"), new("Azure.Core", "1.64.0"), new("System.ClientModel", "1.16.0") };
    public static readonly PackageIdentity[] SemanticKernel = { new("Microsoft.SemanticKernel.Connectors.OpenAI", "1.82.0") };
    public static readonly PackageIdentity[] SemanticKernelAzure = { new("Microsoft.SemanticKernel.Connectors.AzureOpenAI", "1.82.0"), new("Azure.AI.OpenAI", "2.9.0-beta.1"), new("Azure.Core", "1.64.0"), new("OpenAI", "2.15.0"), new("System.ClientModel", "1.16.0") };
    public static readonly PackageIdentity[] ExtensionsAi = { new("Microsoft.Extensions.AI.OpenAI", "10.11.0"), new("OpenAI", "2.15.0"), new("System.ClientModel", "1.16.0") };
    public static readonly PackageIdentity[] Anthropic = { new("Anthropic", "13.12.0") };
    public static readonly PackageIdentity[] Aws = { new("AWSSDK.Core", "4.1.0"), new("AWSSDK.S3", "4.1.0") };
    public static readonly PackageIdentity[] Azure = { new("Azure.Identity", "1.21.0"), new("Azure.Storage.Blobs", "12.30.1"), new("Microsoft.Azure.Cosmos", "3.64.0") };
    public static readonly PackageIdentity[] SendGrid = { new("SendGrid", "9.29.3") };
    public static readonly PackageIdentity[] Octokit = { new("Octokit", "14.0.0") };
    public static readonly PackageIdentity[] AspNetCore = { new("Microsoft.AspNetCore.App.Ref", "8.0.0") };
    public static readonly PackageIdentity[] Configuration = { new("Microsoft.Extensions.Configuration.Abstractions", "8.0.0"), new("Microsoft.Extensions.Primitives", "8.0.0"), new("Microsoft.Extensions.Options", "8.0.0") };

    private static readonly ConcurrentDictionary<string, Lazy<Task<ImmutableArray<MetadataReference>>>> Resolved = new();

    /// <summary>The .NET 8 reference assemblies plus <paramref name="packages"/>, resolved once per set for the whole run.</summary>
    public static Task<ImmutableArray<MetadataReference>> ReferencesAsync(PackageIdentity[] packages) =>
        Resolved.GetOrAdd(
            string.Join(";", packages.Select(p => p.Id + "/" + p.Version)),
            _ => new Lazy<Task<ImmutableArray<MetadataReference>>>(async () =>
                await (await WithPackagesAsync(ReferenceAssemblies.Net.Net80, packages)).ResolveAsync(LanguageNames.CSharp, CancellationToken.None))).Value;

    /// <summary>Framework assemblies named again, one more per fresh resolution (see <see cref="WithPackagesAsync"/>).</summary>
    private static readonly string[] NamedAgain = { "System.Runtime", "System.Collections", "System.Linq", "System.Threading", "System.Console", "System.Text.Encoding" };

    /// <summary>
    /// On a cold package cache (the framework's, under the temporary folder), Testing 1.1.4 resolves a set while it
    /// downloads it, and returns it without the assemblies of dependencies it has just fetched (CS0246 follows:
    /// <c>AzureSasCredential</c>, <c>IKernelBuilder</c>); it answers every equal request the same way for the rest of
    /// the process. An equivalent set that names one more framework assembly is resolved afresh and sees what the last
    /// resolution fetched: sets are resolved that way until the references stop growing.
    /// </summary>
    public static async Task<ReferenceAssemblies> WithPackagesAsync(ReferenceAssemblies framework, PackageIdentity[] packages)
    {
        if (packages.Length == 0)
        {
            return framework;
        }

        await OneResolution.WaitAsync();
        try
        {
            var references = framework.AddPackages(ImmutableArray.Create(packages));
            var resolved = await references.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
            foreach (var assembly in NamedAgain)
            {
                var again = references.AddAssemblies(ImmutableArray.Create(assembly));
                var resolvedAgain = await again.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
                if (resolvedAgain.Length <= resolved.Length && HoldsEvery(resolved, packages))
                {
                    break;
                }

                (references, resolved) = (again, resolvedAgain);
            }

            Assert.True(HoldsEvery(resolved, packages), "the SDK packages resolve");
            return references;
        }
        finally
        {
            OneResolution.Release();
        }
    }

    /// <summary>One resolution at a time: two sets that share a dependency (System.ClientModel) would download it together.</summary>
    private static readonly SemaphoreSlim OneResolution = new(1, 1);

    private static bool HoldsEvery(ImmutableArray<MetadataReference> resolved, PackageIdentity[] packages) =>
        packages.All(package => resolved.Any(reference => string.Equals(Path.GetFileNameWithoutExtension(reference.Display), AssemblyOf(package.Id), StringComparison.OrdinalIgnoreCase)));

    /// <summary>Packages whose main assembly is not named after them.</summary>
    private static string AssemblyOf(string packageId) => packageId switch
    {
        "Microsoft.Azure.Cosmos" => "Microsoft.Azure.Cosmos.Client",
        "Microsoft.AspNetCore.App.Ref" => "Microsoft.AspNetCore.Http.Abstractions",
        "AWSSDK.Core" => "AWSSDK.Core",
        _ => packageId,
    };
}
