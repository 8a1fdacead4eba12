using Company.KamaeliaApp1;
using Kamaelia.Chassis;
using Kamaelia.Util;

// Every line typed goes through the stage and is printed. The end of the input (Ctrl+D, or Ctrl+Z then Enter on
// Windows) makes the reader send ProducerFinished down the pipeline: each component finishes and Run returns.
new Pipeline(new ConsoleReader(), new KamaeliaApp1Stage(), new ConsoleEchoer()).Run();
