using System.Threading.Tasks;
using SecretAnalyzers.Tests.Infrastructure;
using SecretAnalyzers.Tests.Sinks;

namespace SecretAnalyzers.Tests.Cors;

/// <summary><c>Access-Control-Allow-Origin</c> set by hand: to <c>*</c>, or reflecting the request's origin, with and without credentials.</summary>
public class CorsHeaderTests
{
    private const string Usings = """
        using System.Collections.Generic;
        using System.Net.Http;
        using Microsoft.AspNetCore.Cors.Infrastructure;
        using Microsoft.AspNetCore.Http;
        using Microsoft.Net.Http.Headers;

        """;

    [Fact]
    public Task A_star_or_reflected_origin_set_by_hand_is_SECA005() => SinkHarness.VerifyAsync(
        Usings + """
        class Middleware
        {
            void Star(HttpContext context) => context.Response.Headers["Access-Control-Allow-Origin"] = {|SECA005:"*"|};
            void Typed(HttpContext context) => context.Response.Headers.AccessControlAllowOrigin = {|SECA005:"*"|};
            void Append(HttpContext context) => context.Response.Headers.Append(HeaderNames.AccessControlAllowOrigin, {|SECA005:context.Request.Headers.Origin|});
            void Add(HttpContext context) => context.Response.Headers.Add(CorsConstants.AccessControlAllowOrigin, {|SECA005:context.Request.Headers["Origin"]|});
            void Legacy(HttpResponseMessage response) => response.Headers.Add("Access-Control-Allow-Origin", {|SECA005:"*"|});
            void TryAdd(HttpContext context) => context.Response.Headers.TryAdd(HeaderNames.AccessControlAllowOrigin, {|SECA005:"*"|});
            void Indexer(HttpContext context) => context.Response.Headers[HeaderNames.AccessControlAllowOrigin] = {|SECA005:"*"|};
        }
        """,
        SdkPackages.AspNetCore);

    [Fact]
    public Task A_reflected_origin_with_the_credentials_header_is_SECA006() => SinkHarness.VerifyAsync(
        Usings + """
        class Middleware
        {
            void Reflect(HttpContext context)
            {
                context.Response.Headers.AccessControlAllowOrigin = {|SECA006:context.Request.Headers.Origin|};
                context.Response.Headers.AccessControlAllowCredentials = "true";
            }

            void ByName(HttpContext context)
            {
                context.Response.Headers["Access-Control-Allow-Origin"] = {|SECA006:context.Request.Headers["Origin"].ToString()|};
                context.Response.Headers["Access-Control-Allow-Credentials"] = "true";
            }
        }
        """,
        SdkPackages.AspNetCore);

    [Fact]
    public Task A_checked_origin_a_configured_origin_and_a_credentials_header_taken_away_are_not_SECA006() => SinkHarness.VerifyAsync(
        Usings + """
        class Options { public string Origin { get; set; } = ""; }
        class Middleware
        {
            readonly HashSet<string> allowed = new() { "https://shop.example.com" };
            readonly Options options = new();

            void AllowList(HttpContext context)
            {
                if (allowed.Contains(context.Request.Headers["Origin"].ToString()))
                {
                    context.Response.Headers.Add("Access-Control-Allow-Origin", context.Request.Headers["Origin"]);
                    context.Response.Headers["Access-Control-Allow-Credentials"] = "true";
                }
            }

            void Configured(HttpContext context) => context.Response.Headers.AccessControlAllowOrigin = options.Origin;

            void Removed(HttpContext context)
            {
                context.Response.Headers.AccessControlAllowOrigin = {|SECA005:new Microsoft.Extensions.Primitives.StringValues("*")|};
                context.Response.Headers.Remove("Access-Control-Allow-Credentials");
                context.Response.Headers.AccessControlAllowCredentials = "false";
            }
        }
        """,
        SdkPackages.AspNetCore);

    [Fact]
    public Task An_explicit_origin_or_another_header_is_not_reported() => SinkHarness.VerifyAsync(
        Usings + """
        class Middleware
        {
            void Explicit(HttpContext context)
            {
                context.Response.Headers.AccessControlAllowOrigin = "https://shop.example.com";
                context.Response.Headers.AccessControlAllowCredentials = "true";
                context.Response.Headers["Access-Control-Allow-Headers"] = "*";
                context.Response.Headers.Append("Vary", "Origin");
                context.Response.Headers["X-Origin"] = context.Request.Headers.Origin;
            }
        }
        """,
        SdkPackages.AspNetCore);
}
