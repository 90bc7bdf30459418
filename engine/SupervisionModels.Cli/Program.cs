using SupervisionModels.Cli;
using SupervisionModels.Cli.Ui;

return await CliApp.RunAsync(args, ConsoleUi.CreateDefault()).ConfigureAwait(false);
