using System;
using System.Diagnostics;
using System.IO;
using System.Text;

namespace SecretAnalyzers.Tests.Infrastructure;

internal static class Repository
{
    /// <summary>The repository root: the first folder above the test binaries that holds SecretAnalyzers.sln.</summary>
    public static string Root { get; } = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine(Root, System.IO.Path.Combine(parts));

    /// <summary>The environment variables that make a build a CI build for the package's props.</summary>
    public static readonly string[] CiVariables = { "CI", "TF_BUILD", "GITHUB_ACTIONS", "ContinuousIntegrationBuild" };

    /// <summary>Runs the .NET CLI and returns its exit code and combined output; the child sees no CI variable unless <paramref name="environment"/> sets one.</summary>
    public static (int ExitCode, string Output) Dotnet(string workingDirectory, params string[] arguments) =>
        Dotnet(workingDirectory, new System.Collections.Generic.Dictionary<string, string>(), arguments);

    public static (int ExitCode, string Output) Dotnet(string workingDirectory, System.Collections.Generic.IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The child is a build of its own, not part of the test run's MSBuild node.
        start.Environment.Remove("MSBuildExtensionsPath");
        start.Environment.Remove("MSBUILD_EXE_PATH");
        start.Environment.Remove("MSBuildSDKsPath");

        // Whether this run is in CI must not decide what a test's build does: each test sets what it needs.
        foreach (var variable in CiVariables)
        {
            start.Environment.Remove(variable);
        }

        foreach (var pair in environment)
        {
            start.Environment[pair.Key] = pair.Value;
        }

        var output = new StringBuilder();
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("dotnet " + string.Join(" ", arguments) + " did not finish in 10 minutes");
        }

        process.WaitForExit();
        lock (output)
        {
            return (process.ExitCode, output.ToString());
        }
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "SecretAnalyzers.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("SecretAnalyzers.sln not found above " + AppContext.BaseDirectory);
    }
}
