using Intake.Core.DataControllers;
using Intake.Core.Requests;

namespace Intake.Web.Forms;

/// <summary>
/// A form post to a controller's page that passed the shared checks: the controller exists, the
/// body is within <c>maxBytes</c> and readable, the antiforgery token is valid.
/// <see cref="Back"/> is the form's own address, for pages that link back to it.
/// </summary>
public sealed record RoutedPost(Language Language, Controller Controller, PostedForm Posted, string Back);
