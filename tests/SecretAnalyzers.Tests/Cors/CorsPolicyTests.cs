using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using SecretAnalyzers.Tests.Infrastructure;
using SecretAnalyzers.Tests.Sinks;

namespace SecretAnalyzers.Tests.Cors;

/// <summary>
/// SECA005 and SECA006 on the real ASP.NET Core reference pack: every form of "any origin", with and without
/// credentials, in one chain and across statements, and the policies that only look permissive.
/// </summary>
public class CorsPolicyTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Cors.Infrastructure;
        using Microsoft.AspNetCore.Hosting;
        using Microsoft.AspNetCore.Http;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Extensions.Hosting;

        """;

    [Fact]
    public Task Any_origin_in_every_place_a_policy_is_built_is_SECA005() => Verify(
        """
        class Startup
        {
            void Services(IServiceCollection services) =>
                services.AddCors(options =>
                {
                    options.AddPolicy("open", policy => policy.{|SECA005:AllowAnyOrigin()|}.AllowAnyHeader().AllowAnyMethod());
                    options.AddDefaultPolicy(policy => policy.{|SECA005:WithOrigins("*")|}.WithMethods("GET"));
                });

            void Pipeline(IApplicationBuilder app, IEndpointConventionBuilder endpoint)
            {
                app.UseCors(builder => builder.{|SECA005:SetIsOriginAllowed(_ => true)|}.AllowAnyHeader());
                endpoint.RequireCors(builder => builder.{|SECA005:SetIsOriginAllowed(origin => true)|});
            }

            CorsPolicy ByHand() => {|SECA005:new CorsPolicyBuilder("*")|}.AllowAnyMethod().Build();
        }
        """);

    [Fact]
    public Task Predicates_every_origin_passes_are_any_origin() => Verify(
        """
        class Startup
        {
            void Configure(CorsOptions options)
            {
                options.AddPolicy("a", p => p.{|SECA005:SetIsOriginAllowed(o => o != null)|});
                options.AddPolicy("b", p => p.{|SECA005:SetIsOriginAllowed(o => !string.IsNullOrEmpty(o))|});
                options.AddPolicy("c", p => p.{|SECA005:SetIsOriginAllowed(o => o is not null)|});
                options.AddPolicy("d", p => p.{|SECA005:SetIsOriginAllowed(o => { return true; })|});
                options.AddPolicy("e", p => p.{|SECA005:SetIsOriginAllowed(AnyOrigin)|});
                options.AddPolicy("f", p => p.{|SECA005:SetIsOriginAllowed(Local)|});

                static bool Local(string origin) => true;
            }

            static bool AnyOrigin(string origin)
            {
                return true;
            }
        }
        """);

    [Fact]
    public Task Weak_predicates_null_and_top_level_wildcards_are_any_origin() => Verify(
        """
        class Startup
        {
            void Configure(CorsOptions options)
            {
                options.AddPolicy("a", p => p.{|SECA005:SetIsOriginAllowed(o => o.Contains("example.com"))|});
                options.AddPolicy("b", p => p.{|SECA005:SetIsOriginAllowed(o => o.EndsWith("example.com"))|});
                options.AddPolicy("c", p => p.{|SECA005:WithOrigins("null")|});
                options.AddPolicy("d", p => p.{|SECA005:WithOrigins("https://*.com")|}.SetIsOriginAllowedToAllowWildcardSubdomains());
            }
        }
        """);

    [Fact]
    public Task Any_origin_with_credentials_is_SECA006_in_either_order_and_across_statements() => Verify(
        """
        class Startup
        {
            void Configure(CorsOptions options, IApplicationBuilder app)
            {
                options.AddPolicy("reflect", p => p.{|SECA006:SetIsOriginAllowed(_ => true)|}.AllowCredentials());
                options.AddPolicy("reversed", p => p.AllowCredentials().AllowAnyHeader().{|SECA006:SetIsOriginAllowed(_ => true)|});
                options.AddPolicy("split", p =>
                {
                    p.{|SECA006:SetIsOriginAllowed(o => o.EndsWith("contoso.com"))|};
                    p.AllowAnyHeader();
                    p.AllowCredentials();
                });
                options.AddPolicy("sandboxed", p => p.{|SECA006:WithOrigins("null")|}.AllowCredentials());
                app.UseCors(b => b.{|SECA006:AllowAnyOrigin()|}.AllowCredentials());
            }
        }
        """);

    [Fact]
    public async Task AllowAnyOrigin_with_credentials_says_it_fails_when_the_policy_is_built()
    {
        var diagnostics = await Verify(
            """
            class Startup
            {
                void Configure(CorsOptions options) => options.AddPolicy("bad", p => p.{|SECA006:AllowAnyOrigin()|}.AllowCredentials());
            }
            """);
        Assert.Equal(
            "CORS policy allows any origin with credentials (AllowAnyOrigin() with AllowCredentials(), which ASP.NET Core rejects when it builds the policy); any web site can call this API as the signed-in user",
            diagnostics.Single().GetMessage());
    }

    [Fact]
    public Task A_builder_variable_or_parameter_is_one_policy_across_statements_and_the_last_call_wins() => Verify(
        """
        class Startup
        {
            CorsPolicy Local()
            {
                var builder = new CorsPolicyBuilder();
                builder.{|SECA005:AllowAnyOrigin()|};
                builder.AllowAnyHeader();
                builder.AllowCredentials();
                builder.DisallowCredentials();
                return builder.Build();
            }

            static void Shared(CorsPolicyBuilder policy)
            {
                policy.{|SECA006:SetIsOriginAllowed(_ => true)|};
                policy.WithMethods("GET", "POST");
                policy.AllowCredentials();
            }
        }
        """);

    [Fact]
    public Task A_policy_built_by_hand_is_judged_like_a_built_one() => Verify(
        """
        class Startup
        {
            CorsPolicy Star() => new CorsPolicy { Origins = { {|SECA005:"*"|} } };
            CorsPolicy StarWithCredentials() => new CorsPolicy { Origins = { {|SECA006:"*"|} }, SupportsCredentials = true };
            CorsPolicy Reflecting() => new CorsPolicy { IsOriginAllowed = {|SECA006:_ => true|}, SupportsCredentials = true };

            CorsPolicy Statements()
            {
                var policy = {|SECA006:new CorsPolicy()|};
                policy.Origins.Add("*");
                policy.SupportsCredentials = true;
                return policy;
            }

            CorsPolicy Explicit() => new CorsPolicy { Origins = { "https://shop.example.com" }, SupportsCredentials = true };
            CorsPolicy StarAmongOthers() => new CorsPolicy { Origins = { "https://shop.example.com", "*" } };
            CorsPolicy Checked(HashSet<string> allowed) => new CorsPolicy { IsOriginAllowed = allowed.Contains, SupportsCredentials = true };
        }
        """);

    [Fact]
    public Task Explicit_configured_and_really_checked_origins_are_not_reported() => Verify(
        """
        class Startup
        {
            static readonly HashSet<string> Allowed = new(StringComparer.OrdinalIgnoreCase) { "https://shop.example.com" };

            void Configure(CorsOptions options, string[] configuredOrigins)
            {
                options.AddPolicy("explicit", p => p.WithOrigins("https://shop.example.com", "https://admin.example.com").AllowCredentials());
                options.AddPolicy("configured", p => p.WithOrigins(configuredOrigins).AllowCredentials());
                options.AddPolicy("bound", p => p.WithOrigins(Microsoft.Extensions.Configuration.ConfigurationBinder.Get<string[]>(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build().GetSection("Cors:Origins"))!).AllowCredentials());
                options.AddPolicy("star-among-others", p => p.WithOrigins("https://shop.example.com", "*"));
                options.AddPolicy("set", p => p.SetIsOriginAllowed(o => Allowed.Contains(o)).AllowCredentials());
                options.AddPolicy("host", p => p.SetIsOriginAllowed(o => new Uri(o).Host == "shop.example.com").AllowCredentials());
                options.AddPolicy("suffix", p => p.SetIsOriginAllowed(o => o.EndsWith(".example.com")).AllowCredentials());
                options.AddPolicy("scheme", p => p.SetIsOriginAllowed(o => o.EndsWith("://shop.example.com")));
                options.AddPolicy("subdomains", p => p.WithOrigins("https://*.example.com").SetIsOriginAllowedToAllowWildcardSubdomains().AllowCredentials());
                options.AddPolicy("unapplied", p => p.WithOrigins("https://*.com"));
            }
        }

        [Microsoft.AspNetCore.Cors.EnableCors("*")]
        class NamedPolicy { }
        """);

    [Fact]
    public Task Calls_in_another_branch_neither_lend_nor_take_credentials() => Verify(
        """
        class Startup
        {
            void Configure(CorsOptions options, string[] origins, bool cookies)
            {
                options.AddPolicy("a", p =>
                {
                    if (origins.Length > 0) p.WithOrigins(origins).AllowCredentials();
                    else p.{|SECA005:AllowAnyOrigin()|};
                });
                options.AddPolicy("b", p =>
                {
                    p.{|SECA005:SetIsOriginAllowed(_ => true)|};
                    if (cookies) { p.AllowCredentials(); } else { p.DisallowCredentials(); }
                });
                options.AddPolicy("c", p => (cookies ? p.AllowCredentials() : p).{|SECA005:AllowAnyOrigin()|});
            }
        }
        """);

    [Fact]
    public Task The_origin_check_is_replaced_as_ASP_NET_Core_replaces_it() => Verify(
        """
        class Startup
        {
            void Configure(CorsOptions options, HashSet<string> allowed)
            {
                options.AddPolicy("a", p => p.SetIsOriginAllowed(_ => true).WithOrigins("https://*.example.com").SetIsOriginAllowedToAllowWildcardSubdomains().AllowCredentials());
                options.AddPolicy("b", p => p.WithOrigins("null").SetIsOriginAllowed(o => allowed.Contains(o)).AllowCredentials());
                options.AddPolicy("c", p => p.WithOrigins("https://shop.example.com").WithOrigins("*"));
                options.AddPolicy("d", p => p.AllowAnyOrigin().WithOrigins("https://shop.example.com"));
                options.AddPolicy("e", p => p.WithOrigins("https://*", "http://*.localhost").SetIsOriginAllowedToAllowWildcardSubdomains());
                options.AddPolicy("f", p => p.WithOrigins("https://*.example.com").{|SECA005:SetIsOriginAllowed(_ => true)|});
            }
        }
        """);

    [Fact]
    public Task A_policy_under_IsDevelopment_is_not_reported() => Verify(
        """
        class Startup
        {
            void Configure(IApplicationBuilder app, IWebHostEnvironment environment)
            {
                if (environment.IsDevelopment())
                {
                    app.UseCors(b => b.AllowAnyOrigin().AllowAnyHeader());
                }
                else
                {
                    app.UseCors(b => b.{|SECA005:AllowAnyOrigin()|});
                }

                if (!environment.IsDevelopment())
                {
                    app.UseCors(b => b.{|SECA005:SetIsOriginAllowed(_ => true)|});
                }
                else
                {
                    app.UseCors(b => b.SetIsOriginAllowed(_ => true));
                }
            }
        }
        """);

    [Fact]
    public Task A_policy_under_IsDevelopment_is_reported_with_the_option() => Verify(
        """
        class Startup
        {
            void Configure(IApplicationBuilder app, IWebHostEnvironment environment)
            {
                if (environment.IsDevelopment())
                {
                    app.UseCors(b => b.{|SECA005:AllowAnyOrigin()|});
                }
            }
        }
        """,
        new Dictionary<string, string> { ["secret_analyzers.cors_report_development"] = "true" });

    private static Task<System.Collections.Immutable.ImmutableArray<Microsoft.CodeAnalysis.Diagnostic>> Verify(string markup, Dictionary<string, string>? editorConfig = null) =>
        SinkHarness.VerifyAsync(Usings + markup, SdkPackages.AspNetCore, editorConfig: editorConfig);
}
