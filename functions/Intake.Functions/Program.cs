using Intake.Adapters.Hosting;
using Intake.Functions;
using Intake.Functions.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.UseMiddleware<StrictTransportMiddleware>();
builder.Services.AddIntakeServices(builder.Configuration);
var app = builder.Build();
// Every wrong setting is reported now, together, before a function runs.
SettingsCheck.ThrowIfInvalid(app.Services);
app.Run();
