using Intake.Core.DataControllers;
using Intake.Core.Process;
using Intake.Core.Requests;
using Intake.Core.Submissions;
using Intake.Web.Forms;
using Moq;

namespace Intake.Integration.Tests.Forms;

public sealed class RequestDraftValidatorTests
{
    private static readonly IControllerCatalog Catalog = CatalogOf("clerica", "clewer");

    private static readonly RequestDraft Valid = new()
    {
        Controller = "clerica",
        Type = "access",
        Name = "Maija Meikäläinen",
        Email = "maija.meikalainen@example.com",
    };

    [Fact]
    public void A_name_and_an_address_are_enough_for_access()
    {
        var check = RequestDraftValidator.Check(Valid, Catalog, RequestDraftValidator.Rights);

        Assert.True(check.IsValid);
        Assert.Equal(new DataSubject("Maija Meikäläinen", "maija.meikalainen@example.com"), check.Request!.Subject);
        Assert.True(check.Request.TypeIsCertain);
        Assert.Null(check.Request.Agent);
    }

    [Theory]
    [InlineData("Maija\r\nBcc: x@example.com", "Maija Bcc: x@example.com")]
    [InlineData("  Maija \u2028 Meikäläinen\t", "Maija Meikäläinen")]
    [InlineData("Maija\u0000\u0085M", "Maija M")]
    public void A_name_is_one_line_whatever_was_typed(string typed, string stored)
    {
        var check = RequestDraftValidator.Check(Valid with { Name = typed }, Catalog, RequestDraftValidator.Rights);

        Assert.Equal(stored, check.Request!.Subject.Name);
    }

    [Theory]
    [InlineData("maija@example")]
    [InlineData("maija@example.com, other@example.com")]
    [InlineData("Maija <maija@example.com>")]
    [InlineData("maija@example.com\r\nBcc: x@example.com")]
    [InlineData("@example.com")]
    public void An_address_that_is_not_one_plain_address_is_invalid(string email)
    {
        var check = RequestDraftValidator.Check(Valid with { Email = email }, Catalog, RequestDraftValidator.Rights);

        Assert.Equal([new DraftError(DraftField.Email, DraftProblem.Invalid)], check.Errors);
        Assert.Null(check.Request);
    }

    [Fact]
    public void Rectification_needs_both_values_and_an_objection_on_particular_grounds_the_situation()
    {
        var rectification = RequestDraftValidator.Check(Valid with { Type = "rectification" }, Catalog, RequestDraftValidator.Rights);
        var objection = RequestDraftValidator.Check(Valid with { Type = "objection-particular-grounds", ParticularSituation = " \n " }, Catalog, RequestDraftValidator.Rights);

        Assert.Equal([DraftField.WrongValue, DraftField.CorrectValue], rectification.Errors.Select(error => error.Field));
        Assert.Equal([new DraftError(DraftField.ParticularSituation, DraftProblem.Missing)], objection.Errors);
    }

    [Fact]
    public void Values_of_another_right_are_dropped()
    {
        var check = RequestDraftValidator.Check(Valid with { WrongValue = "a", CorrectValue = "b", ParticularSituation = "c", Industry = "d" }, Catalog, RequestDraftValidator.Rights);

        Assert.Equal(new RequestDetails(), check.Request!.Details);
    }

    [Fact]
    public void Text_keeps_its_line_breaks_and_loses_other_control_characters()
    {
        var check = RequestDraftValidator.Check(Valid with { Text = "first\r\nsecond\u0007\rthird" }, Catalog, RequestDraftValidator.Rights);

        Assert.Equal("first\nsecond\nthird", check.Request!.Details.Text);
    }

    [Fact]
    public void Too_long_values_are_reported_with_the_limit_not_cut()
    {
        var check = RequestDraftValidator.Check(Valid with { Name = new string('a', FieldLimits.Name + 1), Text = new string('b', FieldLimits.Text + 1) }, Catalog, RequestDraftValidator.Rights);

        Assert.Equal(
            [new DraftError(DraftField.Name, DraftProblem.TooLong, FieldLimits.Name), new DraftError(DraftField.Text, DraftProblem.TooLong, FieldLimits.Text)],
            check.Errors);
    }

    [Fact]
    public void An_agent_needs_a_name_and_a_plain_address()
    {
        var missing = RequestDraftValidator.Check(Valid with { OnBehalf = true }, Catalog, RequestDraftValidator.Rights);
        var complete = RequestDraftValidator.Check(Valid with { OnBehalf = true, AgentName = "Asiamies", AgentEmail = "asiamies@example.com" }, Catalog, RequestDraftValidator.Rights);

        Assert.Equal([DraftField.AgentName, DraftField.AgentEmail], missing.Errors.Select(error => error.Field));
        Assert.Equal(new Agent("Asiamies", "asiamies@example.com", null), complete.Request!.Agent);
    }

    [Theory]
    [InlineData("contact")]
    [InlineData("delete-all")]
    [InlineData("Access ")]
    public void Only_the_allowed_types_pass(string type)
    {
        var check = RequestDraftValidator.Check(Valid with { Type = type }, Catalog, RequestDraftValidator.Rights);

        Assert.Equal(type == "Access " ? RequestType.Access : null, check.Request?.Type);
    }

    [Fact]
    public void A_controller_is_found_without_case_and_an_unknown_one_is_invalid()
    {
        var found = RequestDraftValidator.Check(Valid with { Controller = "CLEWER" }, Catalog, RequestDraftValidator.Rights);
        var unknown = RequestDraftValidator.Check(Valid with { Controller = "acme" }, Catalog, RequestDraftValidator.Rights);

        Assert.Equal("clewer", found.Request!.Controller.Value);
        Assert.Equal([new DraftError(DraftField.Controller, DraftProblem.Invalid)], unknown.Errors);
    }

    [Fact]
    public void A_contact_message_keeps_industry_and_services()
    {
        var check = RequestDraftValidator.Check(Valid with { Type = "contact", Industry = "Retail", ServicesOfInterest = "Payroll" }, Catalog, [RequestType.Contact]);

        Assert.Equal(RequestType.Contact, check.Request!.Type);
        Assert.Equal("Retail", check.Request.Details.Industry);
        Assert.Equal("Payroll", check.Request.Details.ServicesOfInterest);
    }

    private static IControllerCatalog CatalogOf(params string[] ids)
    {
        var controllers = ids.Select(id => new Controller(
            new ControllerId(id),
            [new ControllerParty(id + " Oy", null, null, "FI", null)],
            $"privacy@{id}.example",
            null,
            "Europe/Helsinki",
            "FI",
            new SupervisoryAuthority("Authority", "Address", null, "authority@example.com", null))).ToList();
        var catalog = new Mock<IControllerCatalog>();
        catalog.Setup(c => c.Controllers).Returns(controllers);
        catalog.Setup(c => c.Find(It.IsAny<ControllerId>())).Returns((ControllerId id) => controllers.FirstOrDefault(c => c.Id == id));
        catalog.Setup(c => c.SourcesFor(It.IsAny<ControllerId>())).Returns(Array.Empty<PlannedSource>());
        return catalog.Object;
    }
}
