using System.Text.Json.Nodes;
using Intake.Infra.Tests.Arm;

namespace Intake.Infra.Tests.Templates;

/// <summary>
/// Staff sign in with Microsoft Entra ID through App Service Authentication (authsettingsV2) on the
/// Function App; public paths stay anonymous and the app refuses staff pages without a principal of
/// the allowed group (<c>Staff__RequireSignIn</c>, <c>Staff__AllowedGroup</c>).
/// </summary>
[Collection(MainTemplateCollection.Name)]
public sealed class StaffSignInTemplateTests(MainTemplateFixture template)
{
    private ArmResource Authentication => IntakeResources.Authentication(template.Main);

    private ArmModule Module => IntakeResources.FunctionAppModule(template.Main);

    private JsonObject Settings => IntakeResources.AppSettings(template.Main);

    internal static void AssertStaffPagesRequireSignIn(ArmTemplate main)
    {
        var settings = IntakeResources.AppSettings(main);
        Assert.Equal("true", ArmJson.Literal(settings["Staff__RequireSignIn"]));
        ArmAssert.Expression("[parameters('staffAllowedGroupId')]", settings["Staff__AllowedGroup"]);
        ArmAssert.Expression("[parameters('staffAllowedGroupId')]", IntakeResources.FunctionAppModule(main).Passes("staffAllowedGroupId"));
        Assert.False(main.Parameter("staffAllowedGroupId").ContainsKey("defaultValue"), "Every deployment names its own staff group.");
    }

    [Fact]
    public void Staff_pages_require_sign_in_as_a_member_of_the_group_parameter()
    {
        AssertStaffPagesRequireSignIn(template.Main);
    }

    internal static void AssertPublicPathsStayAnonymous(ArmTemplate main)
    {
        var authentication = IntakeResources.Authentication(main);
        Assert.Equal(true, authentication.Value("properties", "platform", "enabled"));
        // Sign-in cannot be required for some paths only: the platform lets every request through
        // and the app guards the staff pages, so the form, API, person links, inbound mail and
        // health answer without a sign-in.
        Assert.Equal(false, authentication.Value("properties", "globalValidation", "requireAuthentication"));
        Assert.Equal("AllowAnonymous", authentication.Value("properties", "globalValidation", "unauthenticatedClientAction"));
        Assert.False(authentication.Has("properties", "globalValidation", "excludedPaths"));
    }

    [Fact]
    public void Public_paths_stay_anonymous_and_the_app_guards_the_staff_pages()
    {
        AssertPublicPathsStayAnonymous(template.Main);
    }

    [Fact]
    public void Entra_provider_uses_the_client_id_and_tenant_parameters()
    {
        string[] provider = ["properties", "identityProviders", "azureActiveDirectory"];

        Assert.Equal(true, Authentication.Value([.. provider, "enabled"]));
        ArmAssert.Expression("[parameters('staffSignInClientId')]", Authentication.At([.. provider, "registration", "clientId"]));
        ArmAssert.Expression("[format('{0}{1}/v2.0', environment().authentication.loginEndpoint, parameters('staffSignInTenantId'))]", Authentication.At([.. provider, "registration", "openIdIssuer"]));
        Assert.Equal(["[format('api://{0}', parameters('staffSignInClientId'))]"], ArmJson.Texts(Authentication.At([.. provider, "validation", "allowedAudiences"])));
        ArmAssert.Expression("[parameters('staffSignInClientId')]", Module.Passes("staffSignInClientId"));
        ArmAssert.Expression("[parameters('staffSignInTenantId')]", Module.Passes("staffSignInTenantId"));
        Assert.False(template.Main.Parameter("staffSignInClientId").ContainsKey("defaultValue"));
        Assert.Equal("[tenant().tenantId]", ArmJson.Literal(template.Main.Parameter("staffSignInTenantId")["defaultValue"]));
    }

    [Fact]
    public void Sign_in_needs_no_client_secret_the_managed_identity_stands_in()
    {
        string[] registration = ["properties", "identityProviders", "azureActiveDirectory", "registration"];

        ArmAssert.Expression("[variables('signInAssertionSetting')]", Authentication.At([.. registration, "clientSecretSettingName"]));
        Assert.Equal("OVERRIDE_USE_MI_FIC_ASSERTION_CLIENTID", ArmJson.Literal(Module.Template.Variable("signInAssertionSetting")));
        // The setting the provider names holds the app identity's client id, not a secret.
        ArmAssert.Expression("[parameters('identityClientId')]", Settings["OVERRIDE_USE_MI_FIC_ASSERTION_CLIENTID"]);
        Assert.False(Authentication.Has([.. registration, "clientSecretCertificateThumbprint"]));
        ArmAssert.Expression("[parameters('staffSignInTenantId')]", Settings["WEBSITE_AUTH_AAD_ALLOWED_TENANTS"]);
    }

    [Fact]
    public void Authentication_insists_on_https_and_keeps_no_tokens()
    {
        Assert.Equal(true, Authentication.Value("properties", "httpSettings", "requireHttps"));
        Assert.Equal(false, Authentication.Value("properties", "login", "tokenStore", "enabled"));
    }

    internal static void AssertSasMinutesAtMostTen(ArmTemplate main)
    {
        Assert.Equal(10L, ArmJson.Literal(main.Parameter("downloadSasMinutes")["maxValue"]));
        Assert.Equal(1L, ArmJson.Literal(main.Parameter("downloadSasMinutes")["minValue"]));
    }

    [Fact]
    public void Download_sas_lifetime_parameter_has_the_apps_maximum_of_ten_minutes()
    {
        AssertSasMinutesAtMostTen(template.Main);
    }

    internal static void AssertHttpsOnlyWithModernTls(ArmTemplate main)
    {
        var app = IntakeResources.FunctionApp(main);
        Assert.Equal(true, app.Value("properties", "httpsOnly"));
        Assert.Equal("1.2", app.Value("properties", "siteConfig", "minTlsVersion"));
        Assert.Equal("1.2", app.Value("properties", "siteConfig", "scmMinTlsVersion"));
    }

    [Fact]
    public void App_and_its_deployment_endpoint_answer_only_https_with_tls_1_2()
    {
        AssertHttpsOnlyWithModernTls(template.Main);
    }
}
