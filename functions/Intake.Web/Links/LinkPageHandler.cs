using Intake.Core.DataMaps;
using Intake.Core.Gateway;
using Intake.Core.Process;
using Intake.Core.Records;
using Intake.Core.Requests;
using Intake.Core.Sources;
using Intake.Core.Submissions;
using Intake.Core.Tokens;
using Intake.Web.Pages;
using Intake.Web.Texts;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Intake.Web.Links;

/// <summary>
/// <c>GET /l/{token}</c> and <c>POST /l/{token}</c>, for both hosts. GET checks the link and shows
/// what it will do — it never acts, because mail scanners open links before people do. POST (with
/// an antiforgery token) sends the command together with the link's token id, so the engine spends
/// the single-use link in the same write that records the decision: exactly once, or not at all.
/// The gateway is the host's: the local host's engine, or the Functions app's Durable client of the invocation.
/// </summary>
public sealed class LinkPageHandler(
    IRequestGateway gateway,
    LinkGate links,
    IRequestRecords records,
    IControllerCatalog catalog,
    IDataMapCatalog maps,
    IManualTaskConfirmer taskConfirmer,
    LinkIssuer issuer,
    IAntiforgery antiforgery,
    LinkOptions options,
    TimeProvider time,
    StorageTrouble trouble)
{
    public Task<IResult> GetAsync(HttpContext http, string token, string? lang) =>
        WithVisitAsync(http, token, lang, (visit, action, _) => Task.FromResult(
            action.Unavailable(visit) is { } rejection
                ? RejectionPages.For(visit, rejection)
                : FormPage(visit, action, LinkFormInput.Empty, StatusCodes.Status200OK)));

    public Task<IResult> PostAsync(HttpContext http, string token, string? lang) =>
        WithVisitAsync(http, token, lang, async (visit, action, cancellationToken) =>
            {
                var (form, refused) = await ReadFormAsync(visit, action, cancellationToken);
                if (refused is not null)
                {
                    return refused;
                }

                if (action.Unavailable(visit) is { } rejection)
                {
                    return RejectionPages.For(visit, rejection);
                }

                var binding = await action.BindAsync(visit, form!, cancellationToken);
                if (binding.Command is not { } command)
                {
                    return FormPage(visit, action, LinkFormInput.From(form!, binding.Errors), StatusCodes.Status400BadRequest);
                }

                var link = visit.Claims.SingleUse ? new LinkUse(visit.Claims.Id) : null;
                var result = await gateway.SendAsync(visit.Id, command, link, cancellationToken);
                return result.Outcome switch
                {
                    GatewayOutcome.Accepted => Done(visit, action, result.State ?? visit.State),
                    GatewayOutcome.Queued => LinkPages.Queued(visit.Texts, visit.SwitchPath),
                    GatewayOutcome.LinkAlreadyUsed => LinkPages.Used(visit.Texts, visit.SwitchPath, visit.Claims.Audience == TokenAudience.Person),
                    _ when result.Rejection is { Code: RejectionCode.InvalidInput } invalid =>
                        FormPage(visit, action, LinkFormInput.From(form!, [new FieldError(string.Empty, invalid.Message)]), StatusCodes.Status400BadRequest),
                    _ => RejectionPages.For(visit, result.Rejection ?? new Rejection(RejectionCode.NotInThisStage, "Refused."), result.State),
                };
            });

    /// <summary>Resolves the link, then hands a valid visit to <paramref name="handle"/>; storage trouble anywhere becomes a 503 page.</summary>
    private Task<IResult> WithVisitAsync(HttpContext http, string token, string? lang, Func<LinkVisit, LinkAction, CancellationToken, Task<IResult>> handle)
    {
        ArgumentNullException.ThrowIfNull(http);
        return trouble.GuardAsync(
            http,
            async cancellationToken =>
            {
                var resolution = await ResolveAsync(http, token, lang, cancellationToken);
                return resolution.Page ?? await handle(resolution.Visit!, resolution.Action!, cancellationToken);
            },
            () => LinkPages.Unavailable(http, lang));
    }

    /// <summary>Checks the token, its action and audience, whether it was spent, and loads the request.</summary>
    private async Task<LinkResolution> ResolveAsync(HttpContext http, string token, string? lang, CancellationToken cancellationToken)
    {
        if (lang is not null && !PageLanguage.IsOffered(lang))
        {
            return LinkResolution.Stop(Results.NotFound());
        }

        var now = time.GetUtcNow();
        var check = await links.CheckAsync(token, now, cancellationToken);
        if (check.Token is not { } claims
            || LinkActions.Find(claims.Action) is not { } action
            || action.Audience != claims.Audience
            || !RequestId.TryParse(claims.Scope, out var parsed)
            || parsed.Value.Value != claims.Scope)
        {
            return LinkResolution.Stop(LinkPages.Invalid(http.Request, lang));
        }

        var id = parsed.Value;
        var switchPath = "/l/" + token;
        var state = await gateway.FindAsync(id, cancellationToken);
        var language = PageLanguageFor(http, lang, claims.Audience, state);
        var texts = LinkTexts.For(language);
        var controller = state is null ? null : catalog.Find(state.Controller);
        if (check.Status == TokenStatus.Expired)
        {
            return LinkResolution.Stop(LinkPages.Expired(texts, claims.Audience == TokenAudience.Person, controller?.PrivacyContactEmail, switchPath));
        }

        // Spent under the token id, not the text: a re-signed copy of a used link is used too.
        if (claims.SingleUse && await records.IsLinkSpentAsync(id, claims.Id, cancellationToken))
        {
            return LinkResolution.Stop(LinkPages.Used(texts, switchPath, claims.Audience == TokenAudience.Person));
        }

        if (state is null)
        {
            return LinkResolution.Stop(LinkPages.Gone(texts, switchPath));
        }

        var visit = new LinkVisit
        {
            Http = http,
            Token = token,
            Claims = claims,
            Id = id,
            State = state,
            Controller = controller,
            Maps = maps,
            TaskConfirmer = taskConfirmer,
            Issuer = issuer,
            Language = language,
            Texts = texts,
            Staff = StaffTexts.For(language),
            // A staff member is named by the link they used, never by name or address.
            Actor = claims.Audience == TokenAudience.Staff ? Actor.Staff(claims.Id[..12]) : Actor.Person,
            Now = now,
            FormAction = (http.Request.PathBase + http.Request.Path).ToString(),
            SwitchPath = switchPath,
        };
        return new LinkResolution(visit, action, null);
    }

    /// <summary>The path's language if given; else staff pages in the staff language and the person's pages in the request's.</summary>
    private Language PageLanguageFor(HttpContext http, string? lang, TokenAudience audience, RequestState? state)
    {
        if (lang is not null)
        {
            return PageLanguage.From(http.Request, lang);
        }

        var wanted = audience == TokenAudience.Staff
            ? options.StaffLanguage
            : state?.Request?.Language;
        return wanted ?? PageLanguage.From(http.Request);
    }

    /// <summary>Reads the posted form within the action's size limit and checks its antiforgery token.</summary>
    private async Task<(IFormCollection? Form, IResult? Refused)> ReadFormAsync(LinkVisit visit, LinkAction action, CancellationToken cancellationToken)
    {
        var request = visit.Http.Request;
        var limit = action.MaxBodyBytes;
        if (!request.HasFormContentType)
        {
            return (null, LinkPages.FormExpired(visit.Texts, visit.SwitchPath));
        }

        if (request.ContentLength > limit)
        {
            return (null, LinkPages.TooLarge(visit.Texts, limit, visit.SwitchPath));
        }

        if (visit.Http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = limit;
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = limit, ValueLengthLimit = (int)Math.Min(limit, int.MaxValue), ValueCountLimit = 64 }, cancellationToken);
        }
        catch (InvalidDataException)
        {
            // A value, a part or the count of fields over the limit.
            return (null, LinkPages.TooLarge(visit.Texts, limit, visit.SwitchPath));
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, LinkPages.TooLarge(visit.Texts, limit, visit.SwitchPath));
        }
        catch (BadHttpRequestException)
        {
            return (null, LinkPages.FormExpired(visit.Texts, visit.SwitchPath));
        }

        return await antiforgery.IsRequestValidAsync(visit.Http)
            ? (form, null)
            : (null, LinkPages.FormExpired(visit.Texts, visit.SwitchPath));
    }

    private IResult FormPage(LinkVisit visit, LinkAction action, LinkFormInput input, int status) =>
        new PageResult(
            PageView.Of<LinkFormPage>(new Dictionary<string, object?>
            {
                [nameof(LinkFormPage.Visit)] = visit,
                [nameof(LinkFormPage.Title)] = action.Title(visit),
                [nameof(LinkFormPage.Form)] = action.Render(visit, input),
                [nameof(LinkFormPage.Errors)] = input.Errors,
                [nameof(LinkFormPage.Tokens)] = antiforgery.GetAndStoreTokens(visit.Http),
            }),
            status);

    private static IResult Done(LinkVisit visit, LinkAction action, RequestState after)
    {
        var outcome = action.Done(visit, after);
        return LinkPages.Message(visit.Language, outcome.Title, StatusCodes.Status200OK, visit.SwitchPath, [.. outcome.Paragraphs]);
    }
}
