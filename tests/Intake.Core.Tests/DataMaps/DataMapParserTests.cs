using Intake.Core.DataMaps;
using Intake.Core.Retention;
using Intake.Core.Sources;

namespace Intake.Core.Tests.DataMaps;

public sealed class DataMapParserTests
{
    private const string File = "config/controllers/acme.json";

    [Fact]
    public void Minimal_map_parses_into_controller_sources_and_rules()
    {
        var result = DataMapParser.Parse(File, MinimalMap.Text);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var map = result.Map!;
        Assert.Equal("acme", map.Controller.Id.Value);
        Assert.Equal("Acme Oy", map.Controller.Primary.Name);
        var source = Assert.Single(map.Sources);
        Assert.Equal(SourceKind.Sqlite, source.Kind);
        Assert.Equal("email", source.Lookup.EmailColumn);
        Assert.True(source.Supports(SourceAction.Erase));
        Assert.False(source.Supports(SourceAction.Rectify));
        var rule = Assert.Single(map.RulesFor(source));
        Assert.Equal(RetentionAnchor.EndOfYearOfFinancialYearEnd, rule.Period!.Anchor);
        Assert.Equal(TimeSpan.FromSeconds(60), source.Timeout);
        Assert.Equal(3, source.MaxAttempts);
    }

    [Fact]
    public void Column_name_with_a_space_is_refused_naming_file_line_and_field()
    {
        var text = MinimalMap.Text.Replace("\"lookup\": { \"email\": \"email\" }", "\"lookup\": { \"email\": \"e mail\" }", StringComparison.Ordinal);

        var result = DataMapParser.Parse(File, text);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal(MinimalMap.LineOf(text, "\"e mail\""), error.Line);
        Assert.Equal("sources[0].lookup.email", error.Path);
        Assert.Equal(
            $"config/controllers/acme.json:{error.Line} sources[0].lookup.email: column name \"e mail\" is not a plain identifier (letters, digits, underscore; not starting with a digit)",
            error.ToString());
    }

    [Theory]
    [InlineData("email; DROP TABLE orders")]
    [InlineData("email\"--")]
    [InlineData("1email")]
    [InlineData("e-mail")]
    public void Identifiers_that_could_change_a_statement_are_refused(string column)
    {
        var text = MinimalMap.Text.Replace("\"lookup\": { \"email\": \"email\" }", "\"lookup\": { \"email\": " + System.Text.Json.JsonSerializer.Serialize(column) + " }", StringComparison.Ordinal);

        var result = DataMapParser.Parse(File, text);

        Assert.Contains(result.Errors, e => e.Path == "sources[0].lookup.email");
    }

    [Fact]
    public void Missing_required_field_is_reported_at_its_parent()
    {
        var text = MinimalMap.Text.Replace("\"connection\": \"shop\",", string.Empty, StringComparison.Ordinal);

        var result = DataMapParser.Parse(File, text);

        var error = Assert.Single(result.Errors);
        Assert.Equal("sources[0].connection", error.Path);
        Assert.Equal("is required", error.Message);
        Assert.Equal(MinimalMap.LineOf(text, "\"id\": \"orders\"") - 1, error.Line);
    }

    [Fact]
    public void Misspelt_field_is_reported_instead_of_ignored()
    {
        var text = MinimalMap.Text.Replace("\"purposes\": [\"sales\"],", "\"purposes\": [\"sales\"], \"sensitiv\": true,", StringComparison.Ordinal);

        var result = DataMapParser.Parse(File, text);

        var error = Assert.Single(result.Errors);
        Assert.Equal("sources[0].sensitiv", error.Path);
        Assert.StartsWith("unknown field", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_category_reference_names_the_list_item()
    {
        var text = MinimalMap.Text.Replace("\"categories\": [\"contact\"]", "\"categories\": [\"contact\", \"salary\"]", StringComparison.Ordinal);

        var result = DataMapParser.Parse(File, text);

        var error = Assert.Single(result.Errors);
        Assert.Equal("sources[0].categories[1]", error.Path);
        Assert.Contains("\"salary\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Retention_without_a_restriction_marking_is_refused()
    {
        var text = MinimalMap.Text.Replace(",\n        \"restrict\": { \"set\": { \"restricted\": true } }", string.Empty, StringComparison.Ordinal);

        var result = DataMapParser.Parse(File, text);

        Assert.Contains(result.Errors, e => e.Path == "sources[0].actions.restrict" && e.Message.Contains("restricted", StringComparison.Ordinal));
    }

    [Fact]
    public void A_connection_string_in_place_of_a_name_is_refused()
    {
        var text = MinimalMap.Text.Replace("\"connection\": \"shop\"", "\"connection\": \"Data Source=shop.db;Password=secret\"", StringComparison.Ordinal);

        var result = DataMapParser.Parse(File, text);

        var error = Assert.Single(result.Errors);
        Assert.Equal("sources[0].connection", error.Path);
        Assert.Contains("never a connection string", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Mistyped_business_id_fails_its_check_digit()
    {
        var text = MinimalMap.Text.Replace("1449135-7", "1449135-8", StringComparison.Ordinal);

        var result = DataMapParser.Parse(File, text);

        var error = Assert.Single(result.Errors);
        Assert.Equal("controller.parties[0].businessId", error.Path);
        Assert.Equal(MinimalMap.LineOf(text, "1449135-8"), error.Line);
    }

    [Fact]
    public void Missing_swedish_text_is_refused_because_finnish_swedish_and_english_are_required()
    {
        var text = MinimalMap.Text.Replace("\"fi\": \"Myynti\", \"sv\": \"Försäljning\", ", "\"fi\": \"Myynti\", ", StringComparison.Ordinal);

        var result = DataMapParser.Parse(File, text);

        var error = Assert.Single(result.Errors);
        Assert.Equal("purposes.sales.name.sv", error.Path);
    }

    [Fact]
    public void Syntax_error_reports_the_line_of_the_break()
    {
        var text = MinimalMap.Text.Replace("\"calendar\": \"FI\",", "\"calendar\": \"FI\" \"oops\",", StringComparison.Ordinal);

        var result = DataMapParser.Parse(File, text);

        var error = Assert.Single(result.Errors);
        Assert.Equal(MinimalMap.LineOf(text, "\"oops\""), error.Line);
        Assert.Contains("not valid JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Comments_and_trailing_commas_are_allowed()
    {
        var text = "// header comment\n" + MinimalMap.Text.Replace("\"calendar\": \"FI\",", "\"calendar\": \"FI\", /* Finland */", StringComparison.Ordinal)
            .Replace("\"key\": [\"id\"],", "\"key\": [\"id\",],", StringComparison.Ordinal);

        var result = DataMapParser.Parse(File, text);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
    }

    [Fact]
    public void Every_error_is_reported_in_one_pass()
    {
        var text = MinimalMap.Text
            .Replace("\"calendar\": \"FI\"", "\"calendar\": \"SE\"", StringComparison.Ordinal)
            .Replace("\"kind\": \"sqlite\"", "\"kind\": \"oracle\"", StringComparison.Ordinal)
            .Replace("\"years\": 6", "\"years\": -1", StringComparison.Ordinal);

        var result = DataMapParser.Parse(File, text);

        Assert.Equal(
            new[] { "controller.calendar", "retention.vouchers.period.years", "sources[0].kind" }.Order(),
            result.Errors.Select(e => e.Path).Distinct().Order());
    }

    [Fact]
    public void Azure_table_names_follow_the_service_rules()
    {
        var text = MinimalMap.Text
            .Replace("\"kind\": \"sqlite\"", "\"kind\": \"azure-table\"", StringComparison.Ordinal)
            .Replace("\"table\": \"orders\"", "\"table\": \"my_orders\"", StringComparison.Ordinal);

        var result = DataMapParser.Parse(File, text);

        Assert.Contains(result.Errors, e => e.Path == "sources[0].table" && e.Message.Contains("Azure table name", StringComparison.Ordinal));
    }

    [Fact]
    public void Webhook_source_needs_an_https_or_http_url_and_a_key_name()
    {
        var text = MinimalMap.Text
            .Replace("\"kind\": \"sqlite\"", "\"kind\": \"webhook\", \"webhook\": { \"url\": \"ftp://files.example\", \"signingKey\": \"crm\" }", StringComparison.Ordinal);

        var result = DataMapParser.Parse(File, text);

        Assert.Contains(result.Errors, e => e.Path == "sources[0].webhook.url");
    }

    [Theory]
    [InlineData("clerica")]
    [InlineData("clewer")]
    public void Sample_map_loads_cleanly(string controller)
    {
        var result = DataMapParser.Parse($"config/controllers/{controller}.json", RepositoryFiles.SampleMap(controller));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(controller, result.Map!.Controller.Id.Value);
    }

    [Fact]
    public void Clewer_sample_names_all_four_joint_controllers_with_the_primary_first()
    {
        var map = DataMapParser.Parse("clewer.json", RepositoryFiles.SampleMap("clewer")).Map!;

        Assert.Equal(
            ["Clewer Technology Oy", "Clewer Oy", "Clewer Markkinointi Oy", "Clewer Logistics OÜ"],
            map.Controller.Parties.Select(p => p.Name));
        Assert.Equal("2372046-5", map.Controller.Primary.BusinessId);
        Assert.Equal("EE", map.Controller.Parties[3].CountryCode);
        Assert.True(map.Controller.HasJointControllers);
    }

    [Fact]
    public void Clerica_payroll_source_is_sensitive_so_staff_check_identity_first()
    {
        var map = DataMapParser.Parse("clerica.json", RepositoryFiles.SampleMap("clerica")).Map!;

        Assert.True(map.FindSource("payroll-service")!.Sensitive);
        Assert.False(map.FindSource("crm-customers")!.Sensitive);
        Assert.True(map.HoldsSensitiveData);
        Assert.Equal("1449135-7", map.Controller.Primary.BusinessId);
    }
}
