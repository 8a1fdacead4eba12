// A pipeline measured by the OpenTelemetry SDK: every instrument of the "Kamaelia" meter goes to the console
// exporter. Disposing the provider exports once more, so the totals of the finished run are printed at the end.
using Axon;
using Kamaelia.Chassis;
using Kamaelia.Util;
using MetricsSample;
using OpenTelemetry;
using OpenTelemetry.Metrics;

string[] lines =
[
    "components talk only through named inboxes and outboxes",
    "linked into pipelines and graphs",
    "run by a cooperative scheduler",
];

var tally = new WordTally();
using (Sdk.CreateMeterProviderBuilder().AddMeter(KamaeliaMeter.Name).AddConsoleExporter().Build())
{
    new Pipeline(new DataSource<string>(lines), new WordSplitter(), tally).Run(new Scheduler());
    Console.WriteLine($"{tally.Words} words counted; the metrics of the run follow.");
}
