// Kamaelia's first program: echo what you type. With input redirected, it echoes the input and exits
// (the reader sends ProducerFinished at the end of the input, and shutdown travels down the pipeline).
using Kamaelia.Chassis;
using Kamaelia.Util;

new Pipeline(new ConsoleReader(), new ConsoleEchoer()).Run(new Axon.Scheduler());
