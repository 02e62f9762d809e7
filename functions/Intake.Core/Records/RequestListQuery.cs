using System.Globalization;
using System.Text;
using Intake.Core.Process;
using Intake.Core.Requests;

namespace Intake.Core.Records;

/// <summary>Which requests the status filter keeps: a group of stages, or one stage.</summary>
public enum StatusGroup
{
    /// <summary>Every request, purged ones included.</summary>
    All,

    /// <summary>Still awaiting an answer: the statutory clock runs (<see cref="StageFacts.IsAwaitingAnswer"/>).</summary>
    Open,

    /// <summary>Answered, closed or purged: everything <see cref="Open"/> leaves out.</summary>
    Closed,

    /// <summary>One stage, named in <see cref="RequestListQuery.Stage"/>.</summary>
    Stage,
}

public enum RequestListSort
{
    /// <summary>Requests awaiting an answer first, earliest due date first (so the overdue ones lead).</summary>
    Due,

    /// <summary>Newest first.</summary>
    Received,
}

/// <summary>What was wrong with one value of the list's query string.</summary>
public enum RequestListProblem
{
    UnknownType,
    UnknownStatus,
    UnknownChannel,
    DaysOutOfRange,
    PageOutOfRange,
    UnknownSort,
    NotAFlag,
    NotAReference,
}

/// <param name="Field">The query parameter, as the form names it.</param>
/// <param name="Value">What was sent, for the page to echo (encoded) so staff see what to change.</param>
public sealed record RequestListQueryError(string Field, RequestListProblem Problem, string Value);

/// <summary>A query string read: the query of the values that parsed, and what did not.</summary>
public sealed record RequestListParse(RequestListQuery Query, IReadOnlyList<RequestListQueryError> Errors)
{
    public bool IsValid => Errors.Count == 0;
}

/// <summary>
/// The staff list's filters, sort and page, as the plain GET form sends them. Parsing never
/// throws: each value that no option of the form could have sent is a typed error, so a hand-edited
/// address gets a page that says what is wrong instead of a server error. Empty values are "any":
/// the form sends every field, filled or not.
/// </summary>
public sealed record RequestListQuery
{
    public const string TypeField = "type";
    public const string StatusField = "status";
    public const string ChannelField = "channel";
    public const string DueField = "due";
    public const string OverdueField = "overdue";
    public const string SearchField = "q";
    public const string SortField = "sort";
    public const string PageField = "page";

    /// <summary>A year ahead is the furthest an extended due date can lie (three months) with room to spare.</summary>
    public const int MaxDueDays = 366;

    /// <summary>"R" and ten characters: no reference is longer.</summary>
    private const int MaxSearchLength = 11;

    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static RequestListQuery Default { get; } = new();

    public RequestType? Type { get; init; }

    /// <summary>Open by default: the list is first a work queue.</summary>
    public StatusGroup Status { get; init; } = StatusGroup.Open;

    /// <summary>The stage when <see cref="Status"/> is <see cref="StatusGroup.Stage"/>.</summary>
    public Stage? Stage { get; init; }

    public Channel? Channel { get; init; }

    /// <summary>Awaiting an answer and due within this many days from today, the overdue ones included.</summary>
    public int? DueWithinDays { get; init; }

    public bool OverdueOnly { get; init; }

    /// <summary>The search as typed (trimmed), for the form to show again.</summary>
    public string? Search { get; init; }

    public RequestListSort Sort { get; init; } = RequestListSort.Due;

    public int Page { get; init; } = 1;

    /// <summary>The search as references are compared: upper case, no spaces or dashes, look-alike letters read as digits.</summary>
    public string? SearchKey => Search is null ? null : Compact(Search);

    public static string StatusValue(StatusGroup status, Stage? stage) => status switch
    {
        StatusGroup.All => "all",
        StatusGroup.Open => "open",
        StatusGroup.Closed => "closed",
        _ => stage?.WireName() ?? "open",
    };

    public static string ChannelValue(Channel channel) => channel.WireName();

    public static string SortValue(RequestListSort sort) => sort == RequestListSort.Received ? "received" : "due";

    public static RequestListParse Parse(IReadOnlyDictionary<string, string?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var errors = new List<RequestListQueryError>();
        var query = Default;

        if (Value(values, TypeField) is { } type)
        {
            if (RequestTypeFacts.TryParseWireName(type, out var parsed))
            {
                query = query with { Type = parsed };
            }
            else
            {
                errors.Add(new(TypeField, RequestListProblem.UnknownType, type));
            }
        }

        if (Value(values, StatusField) is { } status)
        {
            var lower = status.ToLowerInvariant();
            var group = lower switch
            {
                "all" => StatusGroup.All,
                "open" => StatusGroup.Open,
                "closed" => StatusGroup.Closed,
                _ => (StatusGroup?)null,
            };
            var stage = Enum.GetValues<Stage>().Where(s => s.WireName() == lower).Select(s => (Stage?)s).FirstOrDefault();
            if (group is { } known)
            {
                query = query with { Status = known };
            }
            else if (stage is { } named)
            {
                query = query with { Status = StatusGroup.Stage, Stage = named };
            }
            else
            {
                errors.Add(new(StatusField, RequestListProblem.UnknownStatus, status));
            }
        }

        if (Value(values, ChannelField) is { } channel)
        {
            var found = Enum.GetValues<Channel>().Where(c => string.Equals(ChannelValue(c), channel, StringComparison.OrdinalIgnoreCase)).Select(c => (Channel?)c).FirstOrDefault();
            if (found is { } known)
            {
                query = query with { Channel = known };
            }
            else
            {
                errors.Add(new(ChannelField, RequestListProblem.UnknownChannel, channel));
            }
        }

        if (Value(values, DueField) is { } due)
        {
            if (int.TryParse(due, NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days <= MaxDueDays)
            {
                query = query with { DueWithinDays = days };
            }
            else
            {
                errors.Add(new(DueField, RequestListProblem.DaysOutOfRange, due));
            }
        }

        if (Value(values, OverdueField) is { } overdue)
        {
            if (overdue is "1" or "true" or "on")
            {
                query = query with { OverdueOnly = true };
            }
            else if (overdue is not ("0" or "false"))
            {
                errors.Add(new(OverdueField, RequestListProblem.NotAFlag, overdue));
            }
        }

        if (Value(values, SearchField) is { } search)
        {
            var key = Compact(search);
            if (key.Length == 0)
            {
                // Only spaces and dashes: nothing to search for, so no filter.
            }
            else if (key.Length <= MaxSearchLength && key.All(c => Alphabet.Contains(c, StringComparison.Ordinal)))
            {
                query = query with { Search = search };
            }
            else
            {
                errors.Add(new(SearchField, RequestListProblem.NotAReference, search));
            }
        }

        if (Value(values, SortField) is { } sort)
        {
            switch (sort.ToLowerInvariant())
            {
                case "due":
                    query = query with { Sort = RequestListSort.Due };
                    break;
                case "received":
                    query = query with { Sort = RequestListSort.Received };
                    break;
                default:
                    errors.Add(new(SortField, RequestListProblem.UnknownSort, sort));
                    break;
            }
        }

        if (Value(values, PageField) is { } page)
        {
            if (int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1)
            {
                query = query with { Page = number };
            }
            else
            {
                errors.Add(new(PageField, RequestListProblem.PageOutOfRange, page));
            }
        }

        return new RequestListParse(query, errors);
    }

    /// <summary>
    /// The parameters that differ from the defaults, in the form's order, with the page given (the
    /// query's own by default): what page links carry, so moving between pages keeps the filters.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>> ToParameters(int? page = null)
    {
        var parameters = new List<KeyValuePair<string, string>>();
        if (Search is not null)
        {
            parameters.Add(new(SearchField, Search));
        }

        if (Type is { } type)
        {
            parameters.Add(new(TypeField, type.WireName()));
        }

        if (Status != StatusGroup.Open)
        {
            parameters.Add(new(StatusField, StatusValue(Status, Stage)));
        }

        if (Channel is { } channel)
        {
            parameters.Add(new(ChannelField, ChannelValue(channel)));
        }

        if (DueWithinDays is { } days)
        {
            parameters.Add(new(DueField, days.ToString(CultureInfo.InvariantCulture)));
        }

        if (OverdueOnly)
        {
            parameters.Add(new(OverdueField, "1"));
        }

        if (Sort != RequestListSort.Due)
        {
            parameters.Add(new(SortField, SortValue(Sort)));
        }

        if ((page ?? Page) is var number and > 1)
        {
            parameters.Add(new(PageField, number.ToString(CultureInfo.InvariantCulture)));
        }

        return parameters;
    }

    /// <summary><see cref="ToParameters"/> as a query string: empty, or <c>?</c> and the escaped pairs.</summary>
    public string ToQueryString(int? page = null)
    {
        var parameters = ToParameters(page);
        if (parameters.Count == 0)
        {
            return string.Empty;
        }

        var text = new StringBuilder();
        foreach (var (name, value) in parameters)
        {
            text.Append(text.Length == 0 ? '?' : '&').Append(name).Append('=').Append(Uri.EscapeDataString(value));
        }

        return text.ToString();
    }

    /// <summary>A reference in the form searches compare: <c>R-7K3M-9QX2-HP</c> → <c>R7K3M9QX2HP</c>.</summary>
    public static string Compact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var compact = new StringBuilder(text.Length);
        foreach (var c in text.ToUpperInvariant())
        {
            if (c == '-' || char.IsWhiteSpace(c))
            {
                continue;
            }

            compact.Append(c switch { 'O' => '0', 'I' or 'L' => '1', _ => c });
        }

        return compact.ToString();
    }

    private static string? Value(IReadOnlyDictionary<string, string?> values, string field) =>
        values.TryGetValue(field, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
