using Intake.Templates.Rendering;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Local.Outbox;

/// <summary>
/// The local outbox pages: where mail lands when SendGrid is not configured, so a person (or a
/// browser test) can read it and follow its links. Local host only: these pages show every mail,
/// so they must never be mapped in the Azure Functions app.
/// </summary>
public static class OutboxEndpoints
{
    /// <summary>Mail per HTML page.</summary>
    public const int PageSize = 20;

    /// <summary>Default and largest number of mails <c>GET /outbox/messages</c> returns.</summary>
    public const int DefaultLimit = 50;

    public const int MaxLimit = OutboxMailSender.MaxPageSize;

    /// <summary>Maps <c>GET /outbox</c>, <c>GET /outbox/{id}</c> and <c>GET /outbox/messages</c>.</summary>
    public static IEndpointRouteBuilder MapOutboxEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var group = endpoints.MapGroup("/outbox").ExcludeFromDescription();
        group.MapGet("/", ListPageAsync);
        group.MapGet("/messages", MessagesAsync);
        group.MapGet("/{id}", MailPageAsync);
        return endpoints;
    }

    private static async Task<IResult> ListPageAsync(HttpContext context, string? page, CancellationToken cancellationToken)
    {
        if (context.RequestServices.GetService<IOutbox>() is not { } outbox)
        {
            return NoOutbox();
        }

        var mails = await outbox.ListAsync(PageSize, string.IsNullOrEmpty(page) ? null : page, cancellationToken: cancellationToken);
        return Page(await HtmlDocument.RenderAsync<OutboxListPage>(new Dictionary<string, object?>
        {
            [nameof(OutboxListPage.Page)] = mails,
            [nameof(OutboxListPage.PathBase)] = context.Request.PathBase.ToString(),
        }));
    }

    private static async Task<IResult> MailPageAsync(HttpContext context, string id, CancellationToken cancellationToken)
    {
        if (context.RequestServices.GetService<IOutbox>() is not { } outbox)
        {
            return NoOutbox();
        }

        return await outbox.GetAsync(id, cancellationToken) is { } mail
            ? Page(await HtmlDocument.RenderAsync<OutboxMailPage>(new Dictionary<string, object?>
            {
                [nameof(OutboxMailPage.Mail)] = mail,
                [nameof(OutboxMailPage.PathBase)] = context.Request.PathBase.ToString(),
            }))
            : TypedResults.NotFound();
    }

    private static async Task<Results<Ok<List<OutboxMessageJson>>, NotFound, BadRequest<string>>> MessagesAsync(
        HttpContext context, string? to, int? limit, CancellationToken cancellationToken)
    {
        if (context.RequestServices.GetService<IOutbox>() is not { } outbox)
        {
            return TypedResults.NotFound();
        }

        if (limit is < 1 or > MaxLimit)
        {
            return TypedResults.BadRequest($"limit must be between 1 and {MaxLimit}.");
        }

        var page = await outbox.ListAsync(limit ?? DefaultLimit, to: to, cancellationToken: cancellationToken);
        return TypedResults.Ok(page.Mails.Select(OutboxMessageJson.From).ToList());
    }

    private static IResult Page(string html) => new OutboxHtmlResult(html);

    private static IResult NoOutbox() =>
        TypedResults.NotFound("Mail is delivered through SendGrid here, so there is no local outbox.");
}
