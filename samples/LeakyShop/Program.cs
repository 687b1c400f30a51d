// A payments and chat API with the hard-coded keys people really paste. Every key here is synthetic, and each
// is split in two so that this repository trips no secret scanner; the analyzer joins the constant pieces and
// reports them all the same.
using OpenAI;
using OpenAI.Chat;
using Stripe;

var builder = WebApplication.CreateBuilder(args);

// SECA005: every web site may call this API from a browser.
// SECA006: and the partner policy lets every site do so with the shopper's cookies (it reflects any origin).
builder.Services.AddCors(options =>
{
    options.AddDefaultPolicy(policy => policy.AllowAnyOrigin().AllowAnyHeader());
    options.AddPolicy("partners", policy => policy.SetIsOriginAllowed(_ => true).AllowCredentials().AllowAnyHeader());
});

// SECA002: a live Stripe secret key given to the Stripe SDK (SECA001 would report it anywhere else).
StripeConfiguration.ApiKey = "sk_live_" + "51Cch1SZYQ6gzzRa9oOAXVyvqSFOgk0XluDpieh8wacyESN52NX4emGpL7xQEWrpV681Mm1OxfGvD71i4vLnaBAlJMAokmTpj91";

var app = builder.Build();
app.UseCors();

app.MapGet("/orders", () => Results.Ok(Array.Empty<string>())).RequireCors("partners");

app.MapPost("/checkout", async (decimal amount) =>
{
    var service = new PaymentIntentService();
    var intent = await service.CreateAsync(new PaymentIntentCreateOptions { Amount = (long)(amount * 100), Currency = "eur" });
    return Results.Ok(new { intent.ClientSecret });
});

app.MapPost("/chat", async (string question) =>
{
    // SECA003: an OpenAI project key given to the OpenAI client.
    var client = new OpenAIClient("sk-proj-" + "f4Svt_mhfkU4lhLLnH6qQaWcubBYxqkie7QvXlxURWaD-l6WnXydYPAWoWzZDBr5_rdq2hrsv0" + "T3BlbkFJ" + "QE3mAnkUzfvzCv9qUdtfQuEZV0_CtfBp9GNXsh7mcAL7yY_OVizXHG1guTxDbBmwDUNSVxV8z-");
    ChatCompletion answer = await client.GetChatClient("gpt-4o-mini").CompleteChatAsync(question);
    return Results.Ok(answer.Content[0].Text);
});

app.MapGet("/shipping/{zip}", async (string zip) =>
{
    // SECA004: a carrier's API key in a request header; it has no known format, but it is where the key goes.
    using var carrier = new HttpClient { BaseAddress = new Uri("https://rates.carrier.invalid") };
    carrier.DefaultRequestHeaders.Add("X-Api-Key", "crr_" + "9Xk2Lq7Vt4Pz8Wm3Rn6Bs1Hd");
    return Results.Ok(await carrier.GetStringAsync("/v2/rates?zip=" + Uri.EscapeDataString(zip)));
});

app.Run();

internal static class Secrets
{
    // SECA008: a Stripe test-mode key, still a credential for the test account.
    public const string StripeTestKey = "sk_test_" + "51E77qKjIz2WVMx1UuGMqM9C4uV1HhgyRQ0XcWdhLsCWWXVrpdVcBJaYFeE4c34hzxKgRq8t8jo3U0lB1L2ib5ZHWUN1VZ2d8Jj";

    // SECA001: a GitHub token with a valid checksum, used to open issues from the shop.
    public const string GitHubToken = "ghp_" + "WEKiXH2LCs8uZiOMyPYTC9UkwgJR0B2qCbXv";

    // SECA001: a database password in a connection string.
    public const string Database = "Server=db.internal;Database=shop;User Id=shop;" + "Password=Tq7vR2xWm9Lk";

    // SECA001: a password with no provider format, found by the name it is given.
    public const string ReportsSftpPassword = "Harbor-Lights-1987";
}
