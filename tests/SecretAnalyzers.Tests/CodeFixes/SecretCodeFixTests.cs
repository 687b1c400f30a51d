using System.Threading.Tasks;
using SecretAnalyzers.CodeFixes;
using SecretAnalyzers.Tests.Infrastructure;
using static SecretAnalyzers.Tests.CodeFixes.SecretFixHarness;

namespace SecretAnalyzers.Tests.CodeFixes;

/// <summary>The secret fixes: each style in each context, each result compiling, and the secret gone from the file.</summary>
public sealed class SecretCodeFixTests
{
    private static readonly string Stripe = SyntheticTokens.StripeLiveSecret();
    private static readonly string OtherStripe = SyntheticTokens.StripeLiveSecret(2);
    private static readonly string GitHub = SyntheticTokens.GitHubClassic();
    private static readonly string OpenAi = SyntheticTokens.OpenAiProject();

    [Fact]
    public Task A_field_initializer_moves_into_a_new_constructor_that_injects_configuration() => RunAsync<HardCodedSecretAnalyzer>(
        $$"""
        public class Payments
        {
            private readonly string apiKey = "{|SECA001:{{Stripe}}|}";

            public string Key() => apiKey;
        }
        """,
        """
        using Microsoft.Extensions.Configuration;

        public class Payments
        {
            private readonly string apiKey;
            private readonly IConfiguration configuration;

            public Payments(IConfiguration configuration)
            {
                this.configuration = configuration;
                apiKey = configuration["Stripe:SecretKey"] ?? throw new System.InvalidOperationException("Configuration value 'Stripe:SecretKey' is missing.");
            }

            public string Key() => apiKey;
        }
        """,
        SecretCodeFixProvider.ConfigurationKey);

    [Fact]
    public Task A_password_found_by_its_name_is_read_from_a_key_named_after_its_member() => RunAsync<HardCodedSecretAnalyzer>(
        """
        public class Mailer
        {
            private readonly string smtpPassword = "{|SECA001:Harbor-Lights-1987|}";

            public string Password() => smtpPassword;
        }
        """,
        """
        using Microsoft.Extensions.Configuration;

        public class Mailer
        {
            private readonly string smtpPassword;
            private readonly IConfiguration configuration;

            public Mailer(IConfiguration configuration)
            {
                this.configuration = configuration;
                smtpPassword = configuration["Mailer:SmtpPassword"] ?? throw new System.InvalidOperationException("Configuration value 'Mailer:SmtpPassword' is missing.");
            }

            public string Password() => smtpPassword;
        }
        """,
        SecretCodeFixProvider.ConfigurationKey);

    [Fact]
    public Task A_secret_named_by_an_environment_variable_is_read_from_that_variable() => RunAsync<HardCodedSecretAnalyzer>(
        $$"""
        public static class Seed
        {
            public static void Into(System.Collections.Generic.Dictionary<string, string> settings) => settings["PARTNER_API_KEY"] = "{|SECA001:{{SyntheticTokens.Random(43, SyntheticTokens.Base62, 32)}}|}";
        }
        """,
        """
        public static class Seed
        {
            public static void Into(System.Collections.Generic.Dictionary<string, string> settings) => settings["PARTNER_API_KEY"] = System.Environment.GetEnvironmentVariable("PARTNER_API_KEY") ?? throw new System.InvalidOperationException("Environment variable 'PARTNER_API_KEY' is not set.");
        }
        """,
        SecretCodeFixProvider.ConfigurationKey,
        codeActionIndex: 0);

    [Fact]
    public Task A_method_reads_an_IConfiguration_field_already_there() => RunAsync<HardCodedSecretAnalyzer>(
        $$"""
        using Microsoft.Extensions.Configuration;

        public class GitHubIssues
        {
            private readonly IConfiguration _configuration;

            public GitHubIssues(IConfiguration configuration) => _configuration = configuration;

            public string Token()
            {
                // The token of the shop's bot account.
                return "{|SECA001:{{GitHub}}|}";
            }
        }
        """,
        """
        using Microsoft.Extensions.Configuration;

        public class GitHubIssues
        {
            private readonly IConfiguration _configuration;

            public GitHubIssues(IConfiguration configuration) => _configuration = configuration;

            public string Token()
            {
                // The token of the shop's bot account.
                return _configuration["GitHub:Token"] ?? throw new System.InvalidOperationException("Configuration value 'GitHub:Token' is missing.");
            }
        }
        """,
        SecretCodeFixProvider.ConfigurationKey);

    [Fact]
    public Task A_primary_constructor_gets_the_configuration_parameter() => RunAsync<HardCodedSecretAnalyzer>(
        $$"""
        public class Chat(string model)
        {
            public string Model => model;

            public string ApiKey { get; } = "{|SECA001:{{OpenAi}}|}";
        }
        """,
        """
        using Microsoft.Extensions.Configuration;

        public class Chat(string model, IConfiguration configuration)
        {
            public string Model => model;

            public string ApiKey { get; } = configuration["OpenAI:ApiKey"] ?? throw new System.InvalidOperationException("Configuration value 'OpenAI:ApiKey' is missing.");
        }
        """,
        SecretCodeFixProvider.ConfigurationKey);

    [Fact]
    public Task Every_constructor_gets_the_parameter_and_a_chained_one_passes_it_on() => RunAsync<HardCodedSecretAnalyzer>(
        $$"""
        public class Billing
        {
            private readonly string region;

            public Billing(string region)
            {
                this.region = region;
            }

            public Billing() : this("eu")
            {
            }

            public string Key() => "{|SECA001:{{Stripe}}|}" + region;
        }
        """,
        """
        using Microsoft.Extensions.Configuration;

        public class Billing
        {
            private readonly string region;
            private readonly IConfiguration configuration;

            public Billing(string region, IConfiguration configuration)
            {
                this.configuration = configuration;
                this.region = region;
            }

            public Billing(IConfiguration configuration) : this("eu", configuration: configuration)
            {
            }

            public string Key() => (configuration["Stripe:SecretKey"] ?? throw new System.InvalidOperationException("Configuration value 'Stripe:SecretKey' is missing.")) + region;
        }
        """,
        SecretCodeFixProvider.ConfigurationKey);

    [Fact]
    public Task Top_level_statements_read_the_builder_s_configuration() => RunAsync<HardCodedSecretAnalyzer>(
        $$"""
        using Microsoft.AspNetCore.Builder;

        var builder = WebApplication.CreateBuilder(args);
        var key = "{|SECA001:{{Stripe}}|}";
        System.Console.WriteLine(key.Length);
        """,
        """
        using Microsoft.AspNetCore.Builder;

        var builder = WebApplication.CreateBuilder(args);
        var key = builder.Configuration["Stripe:SecretKey"] ?? throw new System.InvalidOperationException("Configuration value 'Stripe:SecretKey' is missing.");
        System.Console.WriteLine(key.Length);
        """,
        SecretCodeFixProvider.ConfigurationKey,
        packages: SdkPackages.AspNetCore,
        outputKind: Microsoft.CodeAnalysis.OutputKind.ConsoleApplication);

    [Fact]
    public Task In_static_code_the_first_action_reads_an_environment_variable() => RunAsync<HardCodedSecretAnalyzer>(
        $$"""
        public static class Keys
        {
            public static string Stripe() => "{|SECA001:{{Stripe}}|}";
        }
        """,
        """
        public static class Keys
        {
            public static string Stripe() => System.Environment.GetEnvironmentVariable("STRIPE_SECRET_KEY") ?? throw new System.InvalidOperationException("Environment variable 'STRIPE_SECRET_KEY' is not set.");
        }
        """,
        SecretCodeFixProvider.ConfigurationKey,
        codeActionIndex: 0);

    [Fact]
    public Task In_static_code_no_configuration_is_offered_when_the_environment_is_preferred() => NoFixAsync<HardCodedSecretAnalyzer>(
        $$"""
        public static class Keys
        {
            public static string Stripe() => "{|SECA001:{{Stripe}}|}";
        }
        """,
        SecretCodeFixProvider.ConfigurationKey,
        editorConfig: "secret_analyzers.fix_style = environment\n");

    [Fact]
    public Task A_const_becomes_a_static_property_and_its_uses_still_compile() => RunAsync<HardCodedSecretAnalyzer>(
        $$"""
        public static class Keys
        {
            public const string GitHubToken = "{|SECA001:{{GitHub}}|}";
        }

        public class Issues
        {
            public int Length() => Keys.GitHubToken.Length;
        }
        """,
        """
        public static class Keys
        {
            public static string GitHubToken => System.Environment.GetEnvironmentVariable("GITHUB_TOKEN") ?? throw new System.InvalidOperationException("Environment variable 'GITHUB_TOKEN' is not set.");
        }

        public class Issues
        {
            public int Length() => Keys.GitHubToken.Length;
        }
        """,
        SecretCodeFixProvider.ConfigurationKey,
        codeActionIndex: 0);

    [Fact]
    public Task A_const_needed_as_a_constant_gets_no_fix() => NoFixAsync<HardCodedSecretAnalyzer>(
        $$"""
        public static class Keys
        {
            public const string GitHubToken = "{|SECA001:{{GitHub}}|}";

            public static bool IsBot(string token) => token switch
            {
                GitHubToken => true,
                _ => false,
            };
        }
        """);

    [Fact]
    public Task A_connection_string_is_read_whole_from_ConnectionStrings() => RunAsync<HardCodedSecretAnalyzer>(
        $$"""
        public static class Database
        {
            public static string Shop() => "Server=db.internal;Database=shop;User Id=app;Pass{{"word"}}={|SECA001:Xk29!qLw7RtQ|};";
        }
        """,
        """
        public static class Database
        {
            public static string Shop() => System.Environment.GetEnvironmentVariable("ConnectionStrings__Shop") ?? throw new System.InvalidOperationException("Environment variable 'ConnectionStrings__Shop' is not set.");
        }
        """,
        SecretCodeFixProvider.ConfigurationKey,
        codeActionIndex: 0);

    [Fact]
    public Task A_scheme_before_the_token_stays() => RunAsync<HardCodedSecretAnalyzer>(
        $$"""
        public static class Headers
        {
            public static string Authorization() => "Bearer {|SECA001:{{OpenAi}}|}";
        }
        """,
        """
        public static class Headers
        {
            public static string Authorization() => "Bearer " + (System.Environment.GetEnvironmentVariable("OPENAI_API_KEY") ?? throw new System.InvalidOperationException("Environment variable 'OPENAI_API_KEY' is not set."));
        }
        """,
        SecretCodeFixProvider.ConfigurationKey,
        codeActionIndex: 0);

    [Fact]
    public Task Fix_All_gives_two_different_keys_two_names_and_one_injection() => RunAsync<HardCodedSecretAnalyzer>(
        $$"""
        public class Payments
        {
            public string Live() => "{|SECA001:{{Stripe}}|}";

            public string Legacy() => "{|SECA001:{{OtherStripe}}|}";
        }
        """,
        """
        using Microsoft.Extensions.Configuration;

        public class Payments
        {
            private readonly IConfiguration configuration;

            public Payments(IConfiguration configuration)
            {
                this.configuration = configuration;
            }

            public string Live() => configuration["Stripe:SecretKey"] ?? throw new System.InvalidOperationException("Configuration value 'Stripe:SecretKey' is missing.");

            public string Legacy() => configuration["Stripe:Legacy"] ?? throw new System.InvalidOperationException("Configuration value 'Stripe:Legacy' is missing.");
        }
        """,
        SecretCodeFixProvider.ConfigurationKey);

    [Fact]
    public Task The_editorconfig_style_is_the_first_action() => RunAsync<HardCodedSecretAnalyzer>(
        $$"""
        public class Payments
        {
            public string Live() => "{|SECA001:{{Stripe}}|}";
        }
        """,
        """
        public class Payments
        {
            public string Live() => System.Environment.GetEnvironmentVariable("STRIPE_SECRET_KEY") ?? throw new System.InvalidOperationException("Environment variable 'STRIPE_SECRET_KEY' is not set.");
        }
        """,
        SecretCodeFixProvider.EnvironmentKey,
        editorConfig: "secret_analyzers.fix_style = environment\n",
        codeActionIndex: 0);

    [Fact]
    public Task Without_a_style_configuration_is_the_first_action() => RunAsync<HardCodedSecretAnalyzer>(
        $$"""
        public class Payments
        {
            public string Live() => "{|SECA001:{{Stripe}}|}";
        }
        """,
        """
        using Microsoft.Extensions.Configuration;

        public class Payments
        {
            private readonly IConfiguration configuration;

            public Payments(IConfiguration configuration)
            {
                this.configuration = configuration;
            }

            public string Live() => configuration["Stripe:SecretKey"] ?? throw new System.InvalidOperationException("Configuration value 'Stripe:SecretKey' is missing.");
        }
        """,
        SecretCodeFixProvider.ConfigurationKey,
        codeActionIndex: 0);

    [Fact]
    public Task The_team_s_provider_is_injected_and_called_with_the_key() => RunAsync<HardCodedSecretAnalyzer>(
        $$"""
        namespace Contoso.Security
        {
            public interface ISecretStore
            {
                string GetSecret(string name);
            }
        }

        public class Payments
        {
            public string Live() => "{|SECA001:{{Stripe}}|}";
        }
        """,
        """
        using Contoso.Security;

        namespace Contoso.Security
        {
            public interface ISecretStore
            {
                string GetSecret(string name);
            }
        }

        public class Payments
        {
            private readonly ISecretStore secretStore;

            public Payments(ISecretStore secretStore)
            {
                this.secretStore = secretStore;
            }

            public string Live() => secretStore.GetSecret("Stripe:SecretKey");
        }
        """,
        SecretCodeFixProvider.ProviderKey,
        editorConfig: "secret_analyzers.secret_provider = Contoso.Security.ISecretStore.GetSecret\n");

    [Fact]
    public Task A_type_constructed_explicitly_gets_no_injection_and_reads_the_environment() => RunAsync<HardCodedSecretAnalyzer>(
        $$"""
        public class Payments
        {
            public string Live() => "{|SECA001:{{Stripe}}|}";
        }

        public static class Factory
        {
            public static Payments Create() => new Payments();
        }
        """,
        """
        public class Payments
        {
            public string Live() => System.Environment.GetEnvironmentVariable("STRIPE_SECRET_KEY") ?? throw new System.InvalidOperationException("Environment variable 'STRIPE_SECRET_KEY' is not set.");
        }

        public static class Factory
        {
            public static Payments Create() => new Payments();
        }
        """,
        SecretCodeFixProvider.ConfigurationKey,
        codeActionIndex: 0);

    [Fact]
    public Task An_attribute_argument_gets_no_fix() => NoFixAsync<HardCodedSecretAnalyzer>(
        $$"""
        [System.Obsolete("{|SECA001:{{Stripe}}|}")]
        public class Payments
        {
        }
        """);

    [Fact]
    public Task A_comment_repeating_the_secret_is_redacted() => RunAsync<HardCodedSecretAnalyzer>(
        $$"""
        public static class Keys
        {
            // was {{GitHub}} before the rotation
            public static string Token() => "{|SECA001:{{GitHub}}|}";
        }
        """,
        """
        public static class Keys
        {
            // was *** before the rotation
            public static string Token() => System.Environment.GetEnvironmentVariable("GITHUB_TOKEN") ?? throw new System.InvalidOperationException("Environment variable 'GITHUB_TOKEN' is not set.");
        }
        """,
        SecretCodeFixProvider.ConfigurationKey,
        codeActionIndex: 0);

    [Fact]
    public Task A_record_gets_no_parameter_and_reads_the_environment() => RunAsync<HardCodedSecretAnalyzer>(
        $$"""
        using System;

        public record Webhook(string Url)
        {
            public string Secret() => "{|SECA001:{{GitHub}}|}";
        }
        """,
        """
        using System;

        public record Webhook(string Url)
        {
            public string Secret() => Environment.GetEnvironmentVariable("GITHUB_TOKEN") ?? throw new InvalidOperationException("Environment variable 'GITHUB_TOKEN' is not set.");
        }
        """,
        SecretCodeFixProvider.ConfigurationKey,
        codeActionIndex: 0);

    [Fact]
    public Task A_struct_gets_no_injection_and_reads_the_environment() => RunAsync<HardCodedSecretAnalyzer>(
        $$"""
        public struct Credentials
        {
            public string Token() => "{|SECA001:{{GitHub}}|}";
        }
        """,
        """
        public struct Credentials
        {
            public string Token() => System.Environment.GetEnvironmentVariable("GITHUB_TOKEN") ?? throw new System.InvalidOperationException("Environment variable 'GITHUB_TOKEN' is not set.");
        }
        """,
        SecretCodeFixProvider.ConfigurationKey,
        codeActionIndex: 0);

    [Fact]
    public Task A_base_class_of_a_class_in_another_file_gets_no_injection() => RunAsync<HardCodedSecretAnalyzer>(
        $$"""
        public class ApiControllerBase
        {
            protected string Key() => "{|SECA001:{{Stripe}}|}";
        }

        public class OrdersController : ApiControllerBase
        {
        }
        """,
        """
        public class ApiControllerBase
        {
            protected string Key() => System.Environment.GetEnvironmentVariable("STRIPE_SECRET_KEY") ?? throw new System.InvalidOperationException("Environment variable 'STRIPE_SECRET_KEY' is not set.");
        }

        public class OrdersController : ApiControllerBase
        {
        }
        """,
        SecretCodeFixProvider.ConfigurationKey,
        codeActionIndex: 0);

    [Fact]
    public Task An_options_class_gets_no_injection() => RunAsync<HardCodedSecretAnalyzer>(
        $$"""
        public class StripeOptions
        {
            public string SecretKey { get; set; } = "{|SECA001:{{Stripe}}|}";
        }
        """,
        """
        public class StripeOptions
        {
            public string SecretKey { get; set; } = System.Environment.GetEnvironmentVariable("STRIPE_SECRET_KEY") ?? throw new System.InvalidOperationException("Environment variable 'STRIPE_SECRET_KEY' is not set.");
        }
        """,
        SecretCodeFixProvider.ConfigurationKey,
        codeActionIndex: 0);

    [Fact]
    public Task A_hard_coded_fallback_is_removed_and_the_read_kept() => RunAsync<HardCodedSecretAnalyzer>(
        $$"""
        using Microsoft.Extensions.Configuration;

        public class Payments(IConfiguration configuration)
        {
            public string Key() => configuration["Stripe:SecretKey"] ?? "{|SECA001:{{Stripe}}|}";
        }
        """,
        """
        using Microsoft.Extensions.Configuration;

        public class Payments(IConfiguration configuration)
        {
            public string Key() => configuration["Stripe:SecretKey"] ?? throw new System.InvalidOperationException("Configuration value 'Stripe:SecretKey' is missing.");
        }
        """,
        SecretCodeFixProvider.ConfigurationKey);

    [Fact]
    public Task A_host_application_builder_s_configuration_is_used() => RunAsync<HardCodedSecretAnalyzer>(
        $$"""
        using Microsoft.Extensions.Hosting;

        public static class Worker
        {
            public static void Main(string[] args)
            {
                var builder = Host.CreateApplicationBuilder(args);
                var token = "{|SECA001:{{GitHub}}|}";
                System.Console.WriteLine(token.Length);
            }
        }
        """,
        """
        using Microsoft.Extensions.Hosting;

        public static class Worker
        {
            public static void Main(string[] args)
            {
                var builder = Host.CreateApplicationBuilder(args);
                var token = builder.Configuration["GitHub:Token"] ?? throw new System.InvalidOperationException("Configuration value 'GitHub:Token' is missing.");
                System.Console.WriteLine(token.Length);
            }
        }
        """,
        SecretCodeFixProvider.ConfigurationKey,
        packages: SdkPackages.AspNetCore);

    [Fact]
    public Task An_OpenAI_client_given_a_key_reads_it_from_configuration() => RunAsync<AiSdkKeyAnalyzer>(
        $$"""
        using Microsoft.Extensions.Configuration;
        using OpenAI;

        public class Chat(IConfiguration configuration)
        {
            public OpenAIClient Client() => new OpenAIClient("{|SECA003:{{OpenAi}}|}");
        }
        """,
        """
        using Microsoft.Extensions.Configuration;
        using OpenAI;

        public class Chat(IConfiguration configuration)
        {
            public OpenAIClient Client() => new OpenAIClient(configuration["OpenAI:ApiKey"] ?? throw new System.InvalidOperationException("Configuration value 'OpenAI:ApiKey' is missing."));
        }
        """,
        SecretCodeFixProvider.ConfigurationKey,
        packages: [.. SdkPackages.OpenAi, .. SdkPackages.Configuration]);

    [Fact]
    public Task A_network_credential_s_password_reads_the_environment_in_static_code() => RunAsync<CredentialSinkAnalyzer>(
        """
        using System;
        using System.Net;

        public static class Mail
        {
            public static NetworkCredential Credential() => new NetworkCredential("mailer", "{|SECA004:Xk29!qLw7RtQ|}");
        }
        """,
        """
        using System;
        using System.Net;

        public static class Mail
        {
            public static NetworkCredential Credential() => new NetworkCredential("mailer", Environment.GetEnvironmentVariable("CREDENTIALS_PASSWORD") ?? throw new InvalidOperationException("Environment variable 'CREDENTIALS_PASSWORD' is not set."));
        }
        """,
        SecretCodeFixProvider.ConfigurationKey,
        codeActionIndex: 0);

    [Fact]
    public Task A_secret_in_the_text_of_a_run_time_interpolation_becomes_a_hole() => RunAsync<HardCodedSecretAnalyzer>(
        $$"""
        public static class Headers
        {
            public static string Authorization(string suffix) => $"Bearer {|SECA001:{{OpenAi}}|} \"{suffix}\"";
        }
        """,
        """
        public static class Headers
        {
            public static string Authorization(string suffix) => $"Bearer {System.Environment.GetEnvironmentVariable("OPENAI_API_KEY") ?? throw new System.InvalidOperationException("Environment variable 'OPENAI_API_KEY' is not set.")} \"{suffix}\"";
        }
        """,
        SecretCodeFixProvider.ConfigurationKey,
        codeActionIndex: 0);

    [Fact]
    public Task A_Stripe_client_given_a_key_reads_it_from_configuration() => RunAsync<StripeSdkKeyAnalyzer>(
        $$"""
        using Microsoft.Extensions.Configuration;
        using Stripe;

        public class Checkout(IConfiguration configuration)
        {
            public StripeClient Client() => new StripeClient("{|SECA002:{{Stripe}}|}");
        }
        """,
        """
        using Microsoft.Extensions.Configuration;
        using Stripe;

        public class Checkout(IConfiguration configuration)
        {
            public StripeClient Client() => new StripeClient(configuration["Stripe:SecretKey"] ?? throw new System.InvalidOperationException("Configuration value 'Stripe:SecretKey' is missing."));
        }
        """,
        SecretCodeFixProvider.ConfigurationKey,
        packages: [.. SdkPackages.Stripe, .. SdkPackages.Configuration]);
}



/// <summary>Fixes in a project of several files.</summary>
public sealed class SecretCodeFixProjectTests
{
    [Fact]
    public async Task A_top_level_local_of_another_file_is_not_taken_for_the_configuration_in_scope()
    {
        // builder is found from Payments.cs by name lookup, but using it there is CS8801: the class gets its own.
        const string Program = "using Microsoft.AspNetCore.Builder;\nusing Microsoft.Extensions.DependencyInjection;\nvar builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddSingleton<Payments>();\n";
        var test = new Microsoft.CodeAnalysis.CSharp.Testing.CSharpCodeFixTest<HardCodedSecretAnalyzer, SecretCodeFixProvider, Microsoft.CodeAnalysis.Testing.DefaultVerifier>
        {
            MarkupOptions = Microsoft.CodeAnalysis.Testing.MarkupOptions.UseFirstDescriptor,
            ReferenceAssemblies = await SdkPackages.WithPackagesAsync(Microsoft.CodeAnalysis.Testing.ReferenceAssemblies.Net.Net80, SdkPackages.AspNetCore),
            CodeActionEquivalenceKey = SecretCodeFixProvider.ConfigurationKey,
        };
        test.TestState.OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication;
        test.TestState.Sources.Add(Program);
        test.TestState.Sources.Add("public class Payments\n{\n    public string Key() => \"{|SECA001:" + SyntheticTokens.StripeLiveSecret() + "|}\";\n}\n");
        test.FixedState.Sources.Add(Program);
        test.FixedState.Sources.Add("""
            using Microsoft.Extensions.Configuration;

            public class Payments
            {
                private readonly IConfiguration configuration;

                public Payments(IConfiguration configuration)
                {
                    this.configuration = configuration;
                }

                public string Key() => configuration["Stripe:SecretKey"] ?? throw new System.InvalidOperationException("Configuration value 'Stripe:SecretKey' is missing.");
            }

            """);
        await test.RunAsync();
    }

    [Fact]
    public async Task Fix_All_in_the_project_gives_different_secrets_of_different_files_different_keys()
    {
        var test = new Microsoft.CodeAnalysis.CSharp.Testing.CSharpCodeFixTest<HardCodedSecretAnalyzer, SecretCodeFixProvider, Microsoft.CodeAnalysis.Testing.DefaultVerifier>
        {
            MarkupOptions = Microsoft.CodeAnalysis.Testing.MarkupOptions.UseFirstDescriptor,
            ReferenceAssemblies = Microsoft.CodeAnalysis.Testing.ReferenceAssemblies.Net.Net80,
            CodeActionEquivalenceKey = SecretCodeFixProvider.ConfigurationKey,
            CodeActionIndex = 0,
        };
        test.TestState.Sources.Add(("/0/A.cs", "public static class A\n{\n    public static string Key() => \"{|SECA001:" + SyntheticTokens.StripeLiveSecret() + "|}\";\n}\n"));
        test.TestState.Sources.Add(("/0/B.cs", "public static class B\n{\n    public static string Key() => \"{|SECA001:" + SyntheticTokens.StripeLiveSecret(2) + "|}\";\n}\n"));
        test.FixedState.Sources.Add(("/0/A.cs", "public static class A\n{\n    public static string Key() => System.Environment.GetEnvironmentVariable(\"STRIPE_SECRET_KEY\") ?? throw new System.InvalidOperationException(\"Environment variable 'STRIPE_SECRET_KEY' is not set.\");\n}\n"));
        test.FixedState.Sources.Add(("/0/B.cs", "public static class B\n{\n    public static string Key() => System.Environment.GetEnvironmentVariable(\"STRIPE_KEY\") ?? throw new System.InvalidOperationException(\"Environment variable 'STRIPE_KEY' is not set.\");\n}\n"));
        await test.RunAsync();
    }
}
