using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Intake.Infra.Tests.Arm;

public sealed class ArmExpressionTests
{
    private static readonly JsonObject Template = JsonNode.Parse("""
        {
          "parameters": {
            "days": { "type": "int", "defaultValue": 7 },
            "prefix": { "type": "string" },
            "location": { "type": "string", "defaultValue": "[resourceGroup().location]" }
          },
          "variables": {
            "grace": 1,
            "names": { "vault": "[format('kv-{0}', parameters('prefix'))]" },
            "roles": [ "a", "b", "c" ]
          },
          "resources": []
        }
        """)!.AsObject();

    private static TemplateScope Scope(params (string Name, object? Value)[] parameters) =>
        TemplateScope.ForTemplate(
            Template,
            parameters.ToDictionary(pair => pair.Name, pair => pair.Value),
            DeploymentEnvironment.Test);

    private static object? Evaluate(string text, TemplateScope? scope = null) =>
        (scope ?? Scope(("prefix", "intake"))).EvaluateString(text);

    [Fact]
    public void A_string_without_brackets_is_a_literal()
    {
        Assert.Equal("exports/", Evaluate("exports/"));
    }

    [Fact]
    public void Double_opening_bracket_escapes_a_literal_bracket()
    {
        Assert.Equal("[not an expression]", Evaluate("[[not an expression]"));
    }

    [Fact]
    public void Parameters_fall_back_to_their_default_value()
    {
        Assert.Equal(8L, Evaluate("[add(parameters('days'), variables('grace'))]"));
    }

    [Fact]
    public void Supplied_parameters_override_the_default()
    {
        Assert.Equal(4L, Evaluate("[add(parameters('days'), variables('grace'))]", Scope(("prefix", "x"), ("days", 3L))));
    }

    [Fact]
    public void Default_values_may_be_expressions_over_the_deployment_environment()
    {
        Assert.Equal(DeploymentEnvironment.Test.Location, Evaluate("[parameters('location')]"));
    }

    [Fact]
    public void Variables_are_evaluated_deeply_and_read_by_property()
    {
        Assert.Equal("kv-intake", Evaluate("[variables('names').vault]"));
    }

    [Fact]
    public void Arrays_are_indexed_by_position()
    {
        Assert.Equal("b", Evaluate("[variables('roles')[1]]"));
    }

    [Fact]
    public void Quotes_inside_a_literal_are_doubled()
    {
        Assert.Equal("it's", Evaluate("['it''s']"));
    }

    [Fact]
    public void Format_fills_numbered_holes_and_unescapes_braces()
    {
        Assert.Equal("{x} kv-intake/7", Evaluate("[format('{{x}} {0}/{1}', variables('names').vault, parameters('days'))]"));
    }

    [Fact]
    public void Resource_ids_of_child_types_interleave_type_and_name_segments()
    {
        var id = Evaluate("[resourceId('Microsoft.KeyVault/vaults/secrets', 'kv-1', 'TokenSigningKey')]");

        Assert.Equal(
            $"{DeploymentEnvironment.Test.ResourceGroupResourceId}/providers/Microsoft.KeyVault/vaults/kv-1/secrets/TokenSigningKey",
            id);
    }

    [Fact]
    public void Subscription_resource_ids_name_built_in_role_definitions()
    {
        var id = Evaluate("[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b')]");

        Assert.Equal(
            $"/subscriptions/{DeploymentEnvironment.Test.SubscriptionId}/providers/Microsoft.Authorization/roleDefinitions/b7e6dc6d-f1e8-4753-8033-0f276bb0955b",
            id);
    }

    [Fact]
    public void A_reference_to_a_resource_stays_unresolved_and_keeps_what_it_reads()
    {
        var value = Evaluate("[format('https://{0}', reference(resourceId('Microsoft.Web/sites', 'func-1'), '2025-03-01').defaultHostName)]");

        var unresolved = Assert.IsType<Unresolved>(value);
        Assert.Equal(
            $"https://«reference({DeploymentEnvironment.Test.ResourceGroupResourceId}/providers/Microsoft.Web/sites/func-1).defaultHostName»",
            unresolved.Text);
    }

    [Fact]
    public void An_unknown_function_never_yields_a_usable_value()
    {
        Assert.IsType<Unresolved>(Evaluate("[listKeys('x', '2025-01-01')]"));
    }

    [Fact]
    public void Unclosed_string_literal_is_reported_with_its_position()
    {
        var error = Assert.Throws<FormatException>(() => Evaluate("[format('abc)]"));
        Assert.Contains("not closed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unique_string_stand_in_is_thirteen_lowercase_characters_and_deterministic()
    {
        var first = Assert.IsType<string>(Evaluate("[uniqueString('a', 'b')]"));
        var again = Evaluate("[uniqueString('a', 'b')]");
        var other = Evaluate("[uniqueString('a', 'c')]");

        Assert.Equal(13, first.Length);
        Assert.Equal(first.ToLowerInvariant(), first);
        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Property]
    public Property Add_of_two_integers_is_their_sum(int left, int right)
    {
        var value = Evaluate($"[add({left}, {right})]");
        return (value is long sum && sum == (long)left + right).Label($"add({left}, {right}) = {value}");
    }

    [Property]
    public Property Any_text_survives_a_round_trip_through_a_quoted_literal(NonNull<string> text)
    {
        var quoted = text.Get.Replace("'", "''", StringComparison.Ordinal);
        return (Evaluate($"[concat('', '{quoted}')]") as string == text.Get).ToProperty();
    }
}
