using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using SecretAnalyzers.CodeFixes;
using SecretAnalyzers.Tests.Infrastructure;
using AnyOrigin = SecretAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<SecretAnalyzers.CorsAnyOriginAnalyzer, SecretAnalyzers.CodeFixes.CorsCodeFixProvider>;
using WithCredentials = SecretAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<SecretAnalyzers.CorsAnyOriginWithCredentialsAnalyzer, SecretAnalyzers.CodeFixes.CorsCodeFixProvider>;

namespace SecretAnalyzers.Tests.Cors;

/// <summary>The CORS fixes: origins from the configuration in scope, or no credentials; each result compiles.</summary>
public class CorsCodeFixTests
{
    private const string Usings = """
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Cors.Infrastructure;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;

        """;

    [Fact]
    public Task Any_origin_becomes_origins_read_from_the_builder_s_configuration() => Run<AnyOrigin.Test>(
        Usings + """
        class Program
        {
            static void Main(string[] args)
            {
                var builder = WebApplication.CreateBuilder(args);
                builder.Services.AddCors(o => o.AddDefaultPolicy(p => p.{|SECA005:AllowAnyOrigin()|}.AllowAnyHeader()));
            }
        }
        """,
        Usings + """
        class Program
        {
            static void Main(string[] args)
            {
                var builder = WebApplication.CreateBuilder(args);
                builder.Services.AddCors(o => o.AddDefaultPolicy(p => p.WithOrigins(builder.Configuration.GetSection("Cors:AllowedOrigins").Get<string[]>() ?? System.Array.Empty<string>()).AllowAnyHeader()));
            }
        }
        """,
        CorsCodeFixProvider.OriginsFromConfigurationKey);

    [Fact]
    public Task An_injected_configuration_is_used_and_the_import_added() => Run<WithCredentials.Test>(
        """
        using Microsoft.AspNetCore.Cors.Infrastructure;

        class CorsSetup(Microsoft.Extensions.Configuration.IConfiguration configuration)
        {
            public void Configure(CorsOptions options) =>
                options.AddPolicy("spa", p => p.{|SECA006:SetIsOriginAllowed(_ => true)|}.AllowCredentials());
        }
        """,
        """
        using Microsoft.AspNetCore.Cors.Infrastructure;
        using Microsoft.Extensions.Configuration;

        class CorsSetup(Microsoft.Extensions.Configuration.IConfiguration configuration)
        {
            public void Configure(CorsOptions options) =>
                options.AddPolicy("spa", p => p.WithOrigins(configuration.GetSection("Cors:AllowedOrigins").Get<string[]>() ?? System.Array.Empty<string>()).AllowCredentials());
        }
        """,
        CorsCodeFixProvider.OriginsFromConfigurationKey);

    [Fact]
    public Task Fix_All_reads_every_policy_s_origins_and_adds_the_import_once() => Run<AnyOrigin.Test>(
        """
        using Microsoft.AspNetCore.Cors.Infrastructure;

        class CorsSetup(Microsoft.Extensions.Configuration.IConfiguration configuration)
        {
            public void Configure(CorsOptions options)
            {
                options.AddPolicy("a", p => p.{|SECA005:AllowAnyOrigin()|});
                options.AddPolicy("b", p => p.{|SECA005:SetIsOriginAllowed(_ => true)|}.AllowAnyHeader());
            }
        }
        """,
        """
        using Microsoft.AspNetCore.Cors.Infrastructure;
        using Microsoft.Extensions.Configuration;

        class CorsSetup(Microsoft.Extensions.Configuration.IConfiguration configuration)
        {
            public void Configure(CorsOptions options)
            {
                options.AddPolicy("a", p => p.WithOrigins(configuration.GetSection("Cors:AllowedOrigins").Get<string[]>() ?? System.Array.Empty<string>()));
                options.AddPolicy("b", p => p.WithOrigins(configuration.GetSection("Cors:AllowedOrigins").Get<string[]>() ?? System.Array.Empty<string>()).AllowAnyHeader());
            }
        }
        """,
        CorsCodeFixProvider.OriginsFromConfigurationKey);

    [Fact]
    public Task Credentials_are_removed_from_the_chain_and_from_their_own_statement() => Run<WithCredentials.Test>(
        Usings + """
        class Setup
        {
            void Configure(CorsOptions options)
            {
                options.AddPolicy("a", p => p.{|SECA006:SetIsOriginAllowed(_ => true)|}.AllowCredentials().AllowAnyHeader());
                options.AddPolicy("b", p =>
                {
                    p.{|SECA006:AllowAnyOrigin()|};
                    p.AllowCredentials();
                    p.AllowAnyMethod();
                });
            }
        }
        """,
        Usings + """
        class Setup
        {
            void Configure(CorsOptions options)
            {
                options.AddPolicy("a", p => p.SetIsOriginAllowed(_ => true).AllowAnyHeader());
                options.AddPolicy("b", p =>
                {
                    p.AllowAnyOrigin();
                    p.AllowAnyMethod();
                });
            }
        }
        """,
        CorsCodeFixProvider.RemoveCredentialsKey);

    [Fact]
    public Task A_configuration_that_does_not_compile_where_the_fix_lands_is_not_used() => Run<AnyOrigin.Test>(
        Usings + """
        class Startup
        {
            IConfiguration Configuration { get; } = new ConfigurationBuilder().Build();

            static readonly System.Action<CorsPolicyBuilder> Open = p => p.{|SECA005:AllowAnyOrigin()|};

            static void Main(string[] args)
            {
                var builder = WebApplication.CreateBuilder(args);
                builder.Services.AddCors(static o => o.AddDefaultPolicy(p => p.{|SECA005:AllowAnyOrigin()|}));
            }
        }
        """,
        null,
        CorsCodeFixProvider.OriginsFromConfigurationKey);

    [Fact]
    public Task Credentials_in_an_embedded_statement_leave_an_empty_block() => Run<WithCredentials.Test>(
        Usings + """
        class Setup
        {
            void Configure(CorsOptions options, int times) => options.AddPolicy("a", p =>
            {
                p.{|SECA006:AllowAnyOrigin()|};
                for (var i = 0; i < times; i++) p.AllowCredentials();
            });
        }
        """,
        Usings + """
        class Setup
        {
            void Configure(CorsOptions options, int times) => options.AddPolicy("a", p =>
            {
                p.AllowAnyOrigin();
                for (var i = 0; i < times; i++)
                {
                }
            });
        }
        """,
        CorsCodeFixProvider.RemoveCredentialsKey);

    [Fact]
    public Task Without_a_configuration_in_scope_no_origin_fix_is_offered() => Run<AnyOrigin.Test>(
        Usings + """
        class Setup
        {
            static void Configure(CorsOptions options) => options.AddPolicy("open", p => p.{|SECA005:AllowAnyOrigin()|});
        }
        """,
        null,
        CorsCodeFixProvider.OriginsFromConfigurationKey);

    /// <summary>
    /// Runs the fix with <paramref name="equivalenceKey"/> on every diagnostic, one at a time and through Fix All, on
    /// the ASP.NET Core references; with no <paramref name="fixedSource"/>, requires that no such fix is offered.
    /// </summary>
    private static async Task Run<TTest>(string source, string? fixedSource, string equivalenceKey)
        where TTest : CodeFixTest<DefaultVerifier>, new()
    {
        var test = new TTest
        {
            TestCode = source,
            FixedCode = fixedSource ?? source,
            CodeActionEquivalenceKey = equivalenceKey,
            ReferenceAssemblies = await SdkPackages.WithPackagesAsync(ReferenceAssemblies.Net.Net80, SdkPackages.AspNetCore),
        };
        await test.RunAsync();
    }
}
