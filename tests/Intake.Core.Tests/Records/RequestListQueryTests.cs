using Intake.Core.Process;
using Intake.Core.Records;
using Intake.Core.Requests;

namespace Intake.Core.Tests.Records;

public sealed class RequestListQueryTests
{
    private static RequestListParse Parse(params (string Name, string? Value)[] values) =>
        RequestListQuery.Parse(values.ToDictionary(value => value.Name, value => value.Value));

    [Fact]
    public void No_parameters_mean_open_requests_by_due_date_on_the_first_page()
    {
        var parse = Parse();

        Assert.True(parse.IsValid);
        Assert.Equal(RequestListQuery.Default, parse.Query);
        Assert.Equal(StatusGroup.Open, parse.Query.Status);
        Assert.Equal(RequestListSort.Due, parse.Query.Sort);
        Assert.Equal(1, parse.Query.Page);
    }

    [Fact]
    public void Empty_fields_sent_by_the_form_mean_any()
    {
        var parse = Parse(("q", ""), ("type", ""), ("status", " "), ("channel", ""), ("due", ""), ("sort", ""));

        Assert.True(parse.IsValid);
        Assert.Equal(RequestListQuery.Default, parse.Query);
    }

    [Fact]
    public void Every_filter_is_read_from_its_wire_name()
    {
        var parse = Parse(("type", "erasure"), ("status", "awaiting-staff-review"), ("channel", "email"), ("due", "7"), ("overdue", "1"), ("q", "r-7k3m"), ("sort", "received"), ("page", "3"));

        Assert.True(parse.IsValid);
        Assert.Equal(
            new RequestListQuery
            {
                Type = RequestType.Erasure,
                Status = StatusGroup.Stage,
                Stage = Stage.AwaitingStaffReview,
                Channel = Channel.Email,
                DueWithinDays = 7,
                OverdueOnly = true,
                Search = "r-7k3m",
                Sort = RequestListSort.Received,
                Page = 3,
            },
            parse.Query);
    }

    [Theory]
    [InlineData("open", StatusGroup.Open)]
    [InlineData("closed", StatusGroup.Closed)]
    [InlineData("ALL", StatusGroup.All)]
    public void Status_groups_are_read_whatever_the_case(string value, StatusGroup group)
    {
        Assert.Equal(group, Parse(("status", value)).Query.Status);
    }

    [Theory]
    [InlineData("type", "shopping", RequestListProblem.UnknownType)]
    [InlineData("status", "lost", RequestListProblem.UnknownStatus)]
    [InlineData("channel", "fax", RequestListProblem.UnknownChannel)]
    [InlineData("due", "-1", RequestListProblem.DaysOutOfRange)]
    [InlineData("due", "367", RequestListProblem.DaysOutOfRange)]
    [InlineData("due", "seven", RequestListProblem.DaysOutOfRange)]
    [InlineData("due", "99999999999999", RequestListProblem.DaysOutOfRange)]
    [InlineData("page", "0", RequestListProblem.PageOutOfRange)]
    [InlineData("page", "2.5", RequestListProblem.PageOutOfRange)]
    [InlineData("sort", "name", RequestListProblem.UnknownSort)]
    [InlineData("overdue", "maybe", RequestListProblem.NotAFlag)]
    [InlineData("q", "Matti Meikäläinen", RequestListProblem.NotAReference)]
    [InlineData("q", "R-7K3M-9QX2-HPX", RequestListProblem.NotAReference)]
    [InlineData("q", "<script>", RequestListProblem.NotAReference)]
    public void A_value_no_form_option_sends_is_a_typed_error_naming_its_field(string field, string value, RequestListProblem problem)
    {
        var parse = Parse((field, value));

        var error = Assert.Single(parse.Errors);
        Assert.Equal(new RequestListQueryError(field, problem, value), error);
    }

    [Fact]
    public void Every_bad_value_is_reported_not_only_the_first()
    {
        var parse = Parse(("type", "x"), ("page", "y"), ("channel", "email"));

        Assert.Equal(["type", "page"], parse.Errors.Select(error => error.Field));
        Assert.Equal(Channel.Email, parse.Query.Channel);
    }

    [Theory]
    [InlineData("R-7K3M-9QX2-HP", "R7K3M9QX2HP")]
    [InlineData(" r 7k3m 9qx2 hp ", "R7K3M9QX2HP")]
    [InlineData("7k3m-9qx2", "7K3M9QX2")]
    [InlineData("r-oil", "R011")]
    public void The_search_is_compared_without_case_spaces_dashes_or_look_alike_letters(string typed, string key)
    {
        var parse = Parse(("q", typed));

        Assert.True(parse.IsValid);
        Assert.Equal(key, parse.Query.SearchKey);
    }

    [Fact]
    public void A_search_of_only_spaces_and_dashes_is_no_search()
    {
        var parse = Parse(("q", " - -- "));

        Assert.True(parse.IsValid);
        Assert.Null(parse.Query.Search);
    }

    [Fact]
    public void Page_links_carry_only_what_differs_from_the_defaults()
    {
        var query = new RequestListQuery { Type = RequestType.Access, OverdueOnly = true, Search = "R-7K 3M", Page = 4 };

        Assert.Equal("?q=R-7K%203M&type=access&overdue=1&page=2", query.ToQueryString(2));
        Assert.Equal("?q=R-7K%203M&type=access&overdue=1", query.ToQueryString(1));
        Assert.Equal(string.Empty, RequestListQuery.Default.ToQueryString());
        Assert.Equal("?status=all", (RequestListQuery.Default with { Status = StatusGroup.All }).ToQueryString());
    }
}
