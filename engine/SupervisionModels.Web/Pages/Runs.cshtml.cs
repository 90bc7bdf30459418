using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SupervisionModels.Web.Pages;

/// <summary>运行 (管理员): start a run on the data folder as a background job, watch it, cancel it.</summary>
public sealed class RunsModel(RunJobs jobs, WorkbenchOptions options) : PageModel
{
    public IReadOnlyList<RunJob> Jobs => jobs.All;

    public bool CanRun => jobs.CanRun;

    public string DataDirectory => options.DataDirectory;

    /// <summary>True while a run is going: the page then reloads itself every two seconds (a meta refresh, no script).</summary>
    public bool AnyRunning => Jobs.Any(j => !j.IsFinished);

    [TempData]
    public string? Problem { get; set; }

    public void OnGet()
    {
    }

    public IActionResult OnPostStart()
    {
        try
        {
            jobs.Start(User.Name());
        }
        catch (InvalidOperationException e)
        {
            Problem = e.Message;
        }

        return RedirectToPage();
    }

    public IActionResult OnPostCancel(int id)
    {
        jobs.Find(id)?.Cancel();
        return RedirectToPage();
    }
}
