// The same shop with its keys read from configuration, and every near-miss a real code base has:
// placeholders, publishable keys, object ids, hashes, regexes that describe keys, a safe CORS policy, SDK calls
// whose other string arguments (models, endpoints, header names) are not keys.
using System.Text.RegularExpressions;
using OpenAI;
using Stripe;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddCors(options => options.AddDefaultPolicy(policy => policy
    .WithOrigins("https://shop.example.com", "https://admin.example.com")
    .AllowCredentials()
    .AllowAnyHeader()));

// Keys come from configuration (user secrets, environment variables, a vault).
StripeConfiguration.ApiKey = builder.Configuration["Stripe:SecretKey"]
    ?? throw new InvalidOperationException("Stripe:SecretKey is not configured");
var openAiKey = builder.Configuration["OpenAI:ApiKey"]
    ?? throw new InvalidOperationException("OpenAI:ApiKey is not configured");

var app = builder.Build();
app.UseCors();

app.MapGet("/config", () => Results.Ok(new { publishableKey = NearMisses.PublishableKey }));

app.MapPost("/chat", async (string question) =>
{
    var client = new OpenAIClient(openAiKey);
    var answer = await client.GetChatClient("gpt-4o-mini").CompleteChatAsync(question);
    return Results.Ok(answer.Value.Content[0].Text);
});

app.MapGet("/shipping/{zip}", async (string zip, IConfiguration configuration) =>
{
    using var carrier = new HttpClient { BaseAddress = new Uri("https://rates.carrier.invalid") };
    carrier.DefaultRequestHeaders.Add("X-Api-Key", configuration["Carrier:ApiKey"]);
    carrier.DefaultRequestHeaders.Add("Accept", "application/json");
    return Results.Ok(await carrier.GetStringAsync("/v2/rates?zip=" + Uri.EscapeDataString(zip)));
});

app.Run();

internal static class NearMisses
{
    // Publishable keys are meant for the browser.
    public const string PublishableKey = "pk_live_51Cch1SZYQ6gzzRa9oOAXVyvqSFOgk0XluDpieh8wacyESN52NX4emGpL7xQEWrpV681Mm1OxfGvD71i4vLnaBAlJMAokmTpj91";

    // Stripe object ids are not secrets.
    public const string Customer = "cus_NffrFeUfNV2Hib";
    public const string Price = "price_1MoBy5LkdIwHu7ixZhnattbh";

    // Placeholders in documentation and templates.
    public const string StripePlaceholder = "sk_live_" + "xxxxxxxxxxxxxxxxxxxxxxxx";
    public const string OpenAiPlaceholder = "sk-proj-YOUR_API_KEY_HERE";
    public const string EnvTemplate = "STRIPE_SECRET_KEY=${STRIPE_SECRET_KEY}";
    public const string ConnectionTemplate = "Server=db.internal;Database=shop;User Id=shop;Password={0};";
    public const string AwsDocsKey = "AKIA" + "IOSFODNN7EXAMPLE";

    // Prefixes and words that look like prefixes.
    public const string LivePrefix = "sk_live_";
    public const string CssClass = "sk-button sk-button--primary";
    public const string NpmVariable = "npm_package_version";

    // Hashes and ids.
    public const string Sha256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    public const string Correlation = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";

    // Regexes that describe keys.
    public static readonly Regex StripeKeyPattern = new(@"sk_live_[0-9a-zA-Z]{24,}", RegexOptions.Compiled);

    // A prefix joined to a value read at run time is not a hard-coded key.
    public static string Rebuild(string body) => "sk_live_" + body;

    // What password- and key-named members hold besides passwords and keys.
    public const string SmtpPasswordKey = "Smtp:Password";
    public const string ApiKeyVariable = "CARRIER_API_KEY";
    public const string ApiKeyHeader = "X-Api-Key";
    public const string PasswordPolicy = "^(?=.*[A-Z])(?=.*\\d).{12,}$";
    public const string PasswordRequired = "The password is required.";
    public const string PasswordResetRoute = "/account/reset-password";
    public const string AdminPasswordHash = "AQAAAAIAAYagAAAAEJ0k3Wm9Rb2Vq1tXy7Nc8Lp4Hs6Df5Gz";
    public const string ClientSecretName = "kv-carrier-client-secret-01";
}
