using System.IO;

namespace SecretAnalyzers.Tests.Package;

/// <summary>A throwaway project that installs the packed package from a local feed, as a user does.</summary>
internal static class ConsumerProject
{
    /// <summary>Writes the feed, <c>nuget.config</c>, empty Directory.Build files and <c>Consumer.csproj</c> into <paramref name="folder"/>.</summary>
    public static void Create(string folder, PackedPackage package)
    {
        var feed = Path.Combine(folder, "feed");
        Directory.CreateDirectory(feed);
        File.Copy(package.FilePath, Path.Combine(feed, Path.GetFileName(package.FilePath)));
        var version = Path.GetFileNameWithoutExtension(package.FilePath).Substring("SecretAnalyzers.".Length);
        File.WriteAllText(Path.Combine(folder, "nuget.config"), $"""
            <configuration>
              <packageSources>
                <add key="local" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(folder, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(folder, "Directory.Build.targets"), "<Project />");
        File.WriteAllText(Path.Combine(folder, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <RestorePackagesPath>{Path.Combine(folder, "packages")}</RestorePackagesPath>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="SecretAnalyzers" Version="{version}" PrivateAssets="all" />
              </ItemGroup>
            </Project>
            """);
    }
}
