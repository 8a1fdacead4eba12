// A worker service whose work is a Kamaelia graph: it reads a thermometer every second and logs the readings
// until Ctrl+C (or SIGTERM), which sends the graph ShutdownMicroprocess and waits for it to end.
//   dotnet run --project samples/WorkerService
//   dotnet run --project samples/WorkerService -- --Monitor:Interval=00:00:00.2 --Monitor:FailAfterReadings=5
using Axon;
using Kamaelia.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using WorkerServiceSample;

var builder = Host.CreateApplicationBuilder(args);
builder.Logging.AddSimpleConsole(console => console.SingleLine = true);
builder.Services.Configure<MonitorSettings>(builder.Configuration.GetSection("Monitor"));
builder.Services.Configure<KamaeliaHostOptions>(builder.Configuration.GetSection("Kamaelia"));
builder.Services.AddSingleton<IThermometer, SimulatedThermometer>();
builder.Services.AddKamaelia(kamaelia => kamaelia.AddSystem<TemperatureMonitor>());

try
{
    builder.Build().Run();
    return 0;
}
catch (ComponentFaultedException)
{
    // Already logged, with the component that failed; the exit code tells a service manager to restart the worker.
    return 1;
}
